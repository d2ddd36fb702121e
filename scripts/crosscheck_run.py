"""Runs the crosscheck binary for the measurement scripts, and stops the measurement when it fails: a crash on one
file would otherwise read as a file with no quotes or findings, and skew the figures without a word."""
import subprocess
import sys


def run(binary, arguments):
    """crosscheck's standard output; exits when it did not end with 0 or 1 (findings reported)."""
    result = subprocess.run([binary, *arguments], capture_output=True, text=True)
    if result.returncode not in (0, 1):
        sys.exit(f"{binary} {' '.join(arguments)} ended with status {result.returncode}:\n{result.stderr[-2000:]}")
    return result.stdout
