#!/usr/bin/env python3
"""Renders a terminal capture with ANSI colours (tmux capture-pane -e) to a PNG, for the README screenshot."""
import re, sys
from PIL import Image, ImageDraw, ImageFont

source, target = sys.argv[1], sys.argv[2]
lines = open(source, encoding="utf-8", errors="replace").read().split("\n")
font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 15)
bold = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf", 15)
cell_w, cell_h = 9, 19
columns, rows = 120, min(len(lines), 32)
image = Image.new("RGB", (columns * cell_w + 16, rows * cell_h + 16), (24, 24, 28))
draw = ImageDraw.Draw(image)
BASIC = [(0, 0, 0), (205, 49, 49), (13, 188, 121), (229, 229, 16), (36, 114, 200), (188, 63, 188), (17, 168, 205),
         (229, 229, 229), (102, 102, 102), (241, 76, 76), (35, 209, 139), (245, 245, 67), (59, 142, 234),
         (214, 112, 214), (41, 184, 219), (255, 255, 255)]

def xterm(index):
    if index < 16:
        return BASIC[index]
    if index < 232:
        index -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return (steps[index // 36], steps[index // 6 % 6], steps[index % 6])
    level = 8 + (index - 232) * 10
    return (level, level, level)

default_fg, default_bg = (220, 220, 220), (24, 24, 28)
for row, line in enumerate(lines[:rows]):
    fg, bg, is_bold, column = default_fg, default_bg, False, 0
    for token in re.split(r"(\x1b\[[0-9;:]*m)", line):
        if token.startswith("\x1b["):
            codes = [int(c) if c else 0 for c in re.split(r"[;:]", token[2:-1])] or [0]
            i = 0
            while i < len(codes):
                c = codes[i]
                if c == 0: fg, bg, is_bold = default_fg, default_bg, False
                elif c == 1: is_bold = True
                elif c == 22: is_bold = False
                elif 30 <= c <= 37: fg = BASIC[c - 30]
                elif 90 <= c <= 97: fg = BASIC[c - 90 + 8]
                elif 40 <= c <= 47: bg = BASIC[c - 40]
                elif 100 <= c <= 107: bg = BASIC[c - 100 + 8]
                elif c == 39: fg = default_fg
                elif c == 49: bg = default_bg
                elif c in (38, 48) and i + 1 < len(codes):
                    if codes[i + 1] == 5 and i + 2 < len(codes):
                        color, i = xterm(codes[i + 2]), i + 2
                    elif codes[i + 1] == 2 and i + 4 < len(codes):
                        color, i = tuple(codes[i + 2:i + 5]), i + 4
                    else:
                        color = fg if c == 38 else bg
                    if c == 38: fg = color
                    else: bg = color
                i += 1
            continue
        for character in token:
            x, y = 8 + column * cell_w, 8 + row * cell_h
            draw.rectangle([x, y, x + cell_w, y + cell_h], fill=bg)
            draw.text((x, y), character, fill=fg, font=bold if is_bold else font)
            column += 1
image.save(target)
