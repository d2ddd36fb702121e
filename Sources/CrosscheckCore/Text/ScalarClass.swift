/// Character classes with an ASCII fast path: Unicode property lookups dominate indexing time otherwise, and
/// most news text is ASCII.
extension Unicode.Scalar {
  @inline(__always) var isSpace: Bool {
    value < 0x80 ? (value == 32 || (9...13).contains(value)) : properties.isWhitespace
  }

  @inline(__always) var isLetter: Bool {
    value < 0x80 ? ((65...90).contains(value) || (97...122).contains(value)) : properties.isAlphabetic
  }

  @inline(__always) var isDigit: Bool {
    value < 0x80 ? (48...57).contains(value) : properties.numericType != nil
  }

  @inline(__always) var isUpper: Bool {
    value < 0x80 ? (65...90).contains(value) : properties.isUppercase
  }

  @inline(__always) var isLower: Bool {
    value < 0x80 ? (97...122).contains(value) : properties.isLowercase
  }
}

extension Unicode.Scalar {
  /// The scalar at a byte offset of valid UTF-8, and its width: the tokenizer and the sentence splitter read
  /// text as bytes, where going through `String.unicodeScalars` cost a tenth of indexing.
  @inline(__always)
  static func decoded(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, width: Int) {
    let lead = bytes[index]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
    for offset in 1..<min(width, bytes.count - index) { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
  }
}
