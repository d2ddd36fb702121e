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
