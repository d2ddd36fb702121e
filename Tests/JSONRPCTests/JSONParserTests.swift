import Foundation
import JSONRPC
import Testing

/// The hand-written JSON reader every message envelope goes through.
@Suite struct JSONParserTests {
  func parse(_ text: String) throws -> JSONValue { try JSONParser.parse(Data(text.utf8)) }

  @Test func valuesOfEveryKind() throws {
    let value = try parse(
      #" { "a": [1, -2, 3.5, 1e3, -0.25E-2, true, false, null], "b": {"c": "d"}, "e": "" } "#)
    #expect(value["a"] == [1, -2, 3.5, 1000.0, -0.0025, true, false, .null])
    #expect(value["b"]?["c"] == "d")
    #expect(value["e"] == "")
    #expect(try parse("[]") == [] && parse("{}") == [:])
  }

  @Test func escapesAndNonASCIIText() throws {
    #expect(try parse(#""line\nbreak \"quoted\" \\ \/ \t""#) == "line\nbreak \"quoted\" \\ / \t")
    // A surrogate pair is one emoji; raw UTF-8 passes through.
    #expect(try parse(#""wave \ud83c\udf0a and 🌊 and ü""#) == "wave 🌊 and 🌊 and ü")
    #expect(try parse(#""\u00e9""#) == "é")
  }

  @Test(arguments: [
    "", "{", "[1,]", "{\"a\" 1}", "{\"a\":1,}", "tru", "01", "1.", "-", "\"unterminated", "\"bad \\q escape\"",
    "\"tab\tinside\"", "[1] 2", "{'a': 1}",
  ])
  func malformedTextIsAnErrorWithAnOffset(_ text: String) {
    #expect(throws: JSONParser.ParseError.self) { try parse(text) }
  }

  @Test func deepNestingIsRefusedNotFollowed() {
    let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    #expect(throws: JSONParser.ParseError.self) { try parse(deep) }
    let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
    #expect((try? parse(fine)) != nil)
  }

  @Test func largeIntegersStayExactAndOthersAreDoubles() throws {
    #expect(try parse("9007199254740993") == .int(9_007_199_254_740_993))
    #expect(try parse("1e400") == .double(.infinity) || (try? parse("1e400")) == nil)
  }
}
