extension Quote {
  /// Step: a quotation that runs across paragraphs (each later one opening with a quotation mark, the newspaper
  /// convention) is compared paragraph by paragraph. Outlets break a long speech where they choose, quote a
  /// paragraph of it alone, or close and reopen it around "she added"; a draft's two paragraphs compared as one
  /// quote matched no source's paragraph closely enough to tell a changed word in either. Each part keeps the
  /// quotation's speaker; a quote within one paragraph is its own only part.
  func paragraphs(in prose: ProseText) -> [Quote] {
    guard endBlock > block, endBlock < prose.blocks.count else { return [self] }
    return (block...endBlock).map { index in
      let paragraph = prose.blocks[index]
      let opensHere = index == block
      let closesHere = index == endBlock
      var part = self
      let start = opensHere ? range.lowerBound : paragraph.lowerBound
      let end = closesHere ? range.upperBound : paragraph.upperBound
      let wordsStart = opensHere ? content.lowerBound : Self.afterOpeningMark(paragraph, in: prose.text)
      let wordsEnd = closesHere ? content.upperBound : paragraph.upperBound
      part.range = start..<end
      part.content = wordsStart..<max(wordsStart, wordsEnd)
      part.text = prose.cleanText(part.content)
      part.block = index
      part.endBlock = index
      part.continuesQuotation = !opensHere
      return part
    }
  }

  /// Where a paragraph that continues a quotation begins its words: past its opening quotation mark.
  private static func afterOpeningMark(_ paragraph: Range<Int>, in text: String) -> Int {
    guard let mark = QuoteScanner.marks(in: text, paragraph).first, mark.range.lowerBound == paragraph.lowerBound
    else { return paragraph.lowerBound }
    return mark.range.upperBound
  }
}
