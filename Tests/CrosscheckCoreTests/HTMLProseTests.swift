import CrosscheckCore
import Testing

@Suite struct HTMLProseTests {
  static let page = """
    <html><head><title>Flood wall | Harbour Gazette</title><meta property="og:site_name" content="Harbour Gazette">
    <script>var x = "not. prose.";</script><style>p { color: red }</style></head>
    <body><nav>Home News Sport</nav>
    <p>The wall&rsquo;s cost rose to &euro;3&nbsp;million. <b>Work</b> starts soon.</p>
    <!-- a comment. --><p>Second &amp; last paragraph.</p>
    <footer>Share this article</footer></body></html>
    """

  @Test func visibleTextOnlyWithEntitiesDecoded() {
    let prose = HTMLProse.prose(from: Self.page)
    let sentences = SentenceSplitter.split(prose).map(prose.text(of:))
    #expect(sentences == ["The wall’s cost rose to €3 million.", "Work starts soon.", "Second & last paragraph."])
  }

  @Test func offsetsPointIntoTheOriginalFile() {
    let prose = HTMLProse.prose(from: Self.page)
    let buffer = TextBuffer(Self.page)
    let sentences = SentenceSplitter.split(prose)
    #expect(buffer.slice(sentences[0].range) == "The wall&rsquo;s cost rose to &euro;3&nbsp;million.")
    #expect(buffer.slice(sentences[1].range) == "<b>Work</b> starts soon.".dropFirst(3))
  }

  @Test func metadataFromMetaTagsAndTitle() {
    let meta = HTMLProse.metadata(from: Self.page)
    #expect(meta.outlet == "Harbour Gazette")
    #expect(meta.title == "Flood wall | Harbour Gazette")
  }

  @Test func frontMatterMetadata() {
    let fields = ArticleMetadata.frontMatter(in: "---\noutlet: \"Harbour Gazette\"\ndate: 2025-10-15\n---\nText.")
    #expect(fields == ["outlet": "Harbour Gazette", "date": "2025-10-15"])
    #expect(ArticleMetadata.frontMatter(in: "No front matter.") == nil)
    // Windows line endings, and a block that never closes.
    #expect(ArticleMetadata.frontMatter(in: "---\r\noutlet: Tide Post\r\n---\r\nText.") == ["outlet": "Tide Post"])
    #expect(ArticleMetadata.frontMatter(in: "---\noutlet: Tide Post\nText without a closing fence.") == nil)
  }
}
