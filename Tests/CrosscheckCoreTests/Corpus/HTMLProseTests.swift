import Testing

@testable import CrosscheckCore

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

  /// A browser shows no space for an inline tag: a drop capital, a linked name before its comma and a figure in
  /// bold read as written, and the sentence still starts on its first letter in the file.
  @Test func inlineTagsDoNotSplitWords() throws {
    let page = """
      <p><span class="dropcap">T</span>he pier reopened, said <a href="/vela">Ines Vela</a>, at a cost of £<b>4</b>m.</p>
      """
    let prose = HTMLProse.prose(from: page)
    let sentence = try #require(SentenceSplitter.split(prose).first)
    #expect(prose.text(of: sentence) == "The pier reopened, said Ines Vela, at a cost of £4m.")
    #expect(TextBuffer(page).slice(sentence.range).hasPrefix("T</span>he pier"))
    let figures = FigureExtractor.figures(in: prose.text, range: sentence.range)
    #expect(figures.map(\.kind) == [.money])
    #expect(figures.first?.value == 4_000_000)
  }

  @Test func metadataFromMetaTagsAndTitle() {
    let meta = HTMLProse.page(from: Self.page).metadata
    #expect(meta.outlet == "Harbour Gazette")
    #expect(meta.title == "Flood wall")
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

/// Reading the article out of a page of our own with the usual clutter around it.
@Suite struct HTMLArticleTests {
  /// The two paragraphs of the quay story most pages here carry, and the same as HTML.
  static let quay = [
    "The harbour office will reopen the north quay in May, after repairs that cost less than feared, it said.",
    "Ferries will use the south quay until then, and the timetables, the office added, will not change.",
  ]
  static let quayParagraphs = quay.map { "<p>\($0)</p>" }.joined(separator: "\n")

  static let page = """
    <html><head><title>Wall cost rises | Harbour Gazette</title>
    <link rel="canonical" href="https://gazette.example/wall-cost">
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
    "headline":"Wall cost rises","datePublished":"2025-10-15T09:00:00Z","author":{"@type":"Person","name":"Ines Vela"},
    "publisher":{"@type":"Organization","name":"Harbour Gazette"}}</script></head>
    <body class="single-post has-sidebar">
    <div class="site-menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>
    <div class="cookie-consent">We use cookies to improve your experience, analyse traffic and show you offers you may like.</div>
    <div class="article-body">
    <h1>Wall cost rises to €3 million</h1>
    <p>The cost of Calderwick's flood wall rose to €3 million, the council said on Tuesday, after a survey found the old quay weaker than expected.</p>
    <p>Engineers will reinforce the quay before the wall is built, which adds four months to the work, according to the harbour office.</p>
    <div class="share-bar"><a href="#">Share</a> <a href="#">Tweet</a></div>
    <p>Councillors approved the extra spending by 20 votes to 7, with the opposition saying the survey should have come first.</p>
    </div>
    <div class="related-stories"><p>Ferry fares rise 12% as fuel costs climb, the operator said in a statement on Monday.</p>
    <p>Bridge repairs to cost €40 million over ten years, the council estimates in its budget.</p></div>
    <div class="comments"><div class="comment"><p>This is a waste of money, and everybody in the town knows it, frankly.</p></div>
    <div class="comment"><p>Finally, some action on the quay, after years of talk, delays, and reports nobody read.</p></div></div>
    </body></html>
    """

  func paragraphs(_ html: String) -> [String] {
    let prose = HTMLProse.prose(from: html)
    return prose.blocks.map(prose.cleanText)
  }

  @Test func keepsTheHeadlineAndTheArticleAndDropsTheRest() {
    #expect(
      paragraphs(Self.page) == [
        "Wall cost rises to €3 million",
        "The cost of Calderwick's flood wall rose to €3 million, the council said on Tuesday, after a survey found the old quay weaker than expected.",
        "Engineers will reinforce the quay before the wall is built, which adds four months to the work, according to the harbour office.",
        "Councillors approved the extra spending by 20 votes to 7, with the opposition saying the survey should have come first.",
      ])
  }

  @Test func offsetsStillPointIntoThePage() throws {
    let prose = HTMLProse.prose(from: Self.page)
    let buffer = TextBuffer(Self.page)
    let second = try #require(prose.blocks.dropFirst().first)
    #expect(buffer.slice(second).hasPrefix("The cost of Calderwick's flood wall rose to €3 million"))
  }

  @Test func metadataFromTheCanonicalLinkAndJSONLD() {
    let meta = HTMLProse.page(from: Self.page).metadata
    #expect(meta.outlet == "Harbour Gazette")
    #expect(meta.url == "https://gazette.example/wall-cost")
    #expect(meta.date == "2025-10-15T09:00:00Z")
    #expect(meta.author == "Ines Vela")
    #expect(meta.title == "Wall cost rises")
  }

  /// Metadata tidied as a reader would name things: entities decoded, the site's name after the headline and "By"
  /// before the author dropped, and a page with no site name named by its URL's host.
  @Test(arguments: [
    ("<title>Quay &amp; wall reopen - Harbour Post</title>", "harbourpost.example", "Quay & wall reopen"),
    ("<title>Quay reopens | harbourpost.example</title>", "harbourpost.example", "Quay reopens"),
    ("<title>Opinion | Keep the quay open</title>", "harbourpost.example", "Opinion | Keep the quay open"),
    (
      "<meta property=\"og:site_name\" content=\"https://www.harbourpost.example\"><title>Ferry - and fares - rise</title>",
      "harbourpost.example", "Ferry - and fares - rise"
    ),
  ])
  func metadataAsAReaderWouldNameIt(head: String, outlet: String, title: String) {
    let meta = HTMLProse.page(
      from: """
        <html><head>\(head)<link rel="canonical" href="https://www.harbourpost.example/quay">
        <meta name="author" content="By  Ines Vela"></head><body><p>Text.</p></body></html>
        """
    ).metadata
    #expect(meta.outlet == outlet)
    #expect(meta.title == title)
    #expect(meta.author == "Ines Vela")
  }

  /// Markers are found in any case and attribute order, wherever the page writes them, the first of each standing;
  /// one with an empty content gives way to the next way of writing it, and a date is read only from a `time` tag.
  @Test func metadataMarkersInAnyCaseAndOrder() {
    let meta = HTMLProse.page(
      from: """
        <html><head><META PROPERTY="OG:Title" CONTENT="Quay reopens in May"><meta name="author" content="">
        <meta property="og:title" content="A later title"><LINK href="https://post.example/quay" REL="canonical">
        </head><body><p>Text <a href="/x">here</a>.</p><ins datetime="2020-01-01">Updated</ins>
        <meta itemprop="author" content="Ines Vela">
        <time class="stamp" datetime="2025-05-02">2 May</time></body></html>
        """
    ).metadata
    #expect(meta.title == "Quay reopens in May")
    #expect(meta.author == "Ines Vela")
    #expect(meta.date == "2025-05-02")
    #expect(meta.url == "https://post.example/quay")
  }

  /// The tag around a marker is looked for only a tag's length back: a page that writes a marker thousands of
  /// times far from any tag is read once, not back to its start for each.
  @Test func theTagAroundAMarkerIsLookedForOnlyATagsLengthBack() {
    let near = Array("<time class=\"stamp\" datetime=\"2025-05-02\">".utf8)
    #expect(HTMLProse.tagStart(before: near.count - 20, in: near) == 0)
    let far = Array(("<p>" + String(repeating: "datetime=\"2025\" ", count: 500)).utf8)
    #expect(HTMLProse.tagStart(before: far.count, in: far) == far.count - HTMLProse.tagReach)
    #expect(HTMLProse.page(from: String(decoding: far, as: UTF8.self)).metadata.date == nil)
  }

  /// The JSON-LD is read where pages put it: in the head, or in a script in the body.
  @Test(arguments: [true, false])
  func theStatedArticleBodyCorrectsAWrongChoice(inHead: Bool) {
    // No hints at all, and a long reader thread that out-scores the article: the JSON-LD body says which is which.
    let body =
      "The harbour office will reopen the north quay in May. Repairs to the quay wall cost less than feared, the office said. Ferries will use the south quay until then, and timetables will not change."
    let thread = (0..<6).map { _ in
      "<div><p>I have lived here for forty years, and I have never, ever, seen the quay in such a state, honestly, truly, really.</p></div>"
    }.joined()
    let script = #"<script type="application/LD+JSON">{"@type":"NewsArticle","articleBody":"\#(body)"}</script>"#
    let page = """
      <html><head>\(inHead ? script : "")</head><body>
      <div><p>The harbour office will reopen the north quay in May.</p><p>Repairs to the quay wall cost less than feared, the office said.</p>
      <p>Ferries will use the south quay until then, and timetables will not change.</p></div>
      <div>\(thread)</div>\(inHead ? "" : script)</body></html>
      """
    #expect(
      paragraphs(page) == [
        "The harbour office will reopen the north quay in May.",
        "Repairs to the quay wall cost less than feared, the office said.",
        "Ferries will use the south quay until then, and timetables will not change.",
      ])
  }

  /// A theme's layout wrapper says "sidebar" ("container site-sidebar"), yet holds the page's `<article>`: it is not
  /// furniture. A share bar whose class also says "text" ("share-text") still is: only words that name the article
  /// itself outweigh a negative hint.
  @Test func aLayoutWrapperAroundTheArticleIsNotFurniture() {
    let page = """
      <html><body><div class="container site-sidebar"><div id="main"><article class="post">
      <h1>Quay reopens in May</h1>
      <div class="entry-content">
      <p class="social-share-text">Sharing is caring!</p>
      \(Self.quayParagraphs)
      </div></article></div>
      <div class="widget-area"><p>Subscribe to our weekly letter, with the best of the harbour, every Friday.</p></div>
      </div></body></html>
      """
    #expect(paragraphs(page) == ["Quay reopens in May"] + Self.quay)
  }

  /// An article cut in two by an advertising row: both halves are kept, the advert and the teasers are not.
  @Test func anArticleCutInTwoByAnAdvertIsKeptWhole() {
    let second = [
      "Engineers found the quay wall weaker than expected in March, and strengthened it before the new season.",
      "The office said the work, paid for by the port, had taken four months longer than first planned.",
    ]
    func row(_ paragraphs: [String]) -> String {
      "<div class=\"row\"><div class=\"text\">" + paragraphs.map { "<p>\($0)</p>" }.joined() + "</div></div>"
    }
    let page = """
      <html><body><h1>Quay reopens in May</h1><div class="layout">\(row(Self.quay))
      <div class="ad-slot">Advertisement</div>\(row(second))</div>
      <div class="related"><a href="/a">Ferry fares rise 4% from June</a> <a href="/b">Pier closed for a week</a></div>
      </body></html>
      """
    #expect(paragraphs(page) == ["Quay reopens in May"] + Self.quay + second)
  }

  /// An advert's label (in English or another language), a widget's notice and the label of a list of other
  /// stories inside the article's own container are the page talking, not the article; a short paragraph of the
  /// article is kept.
  @Test func labelsOfThePageInsideTheArticleAreDropped() {
    let page = """
      <html><body><article><h1>Quay reopens in May</h1>
      <p>\(Self.quay[0])</p>
      <div class="slot"><p>Advertisement</p></div><p>This slideshow requires JavaScript.</p>
      <p>It will not close again.</p><p>Anzeige</p><p>You may also like…</p><p>More than forty boats wait.</p>
      <p>\(Self.quay[1])</p>
      </article></body></html>
      """
    #expect(
      paragraphs(page) == [
        "Quay reopens in May", Self.quay[0], "It will not close again.", "More than forty boats wait.", Self.quay[1],
      ])
  }

  /// A prompt to the reader written into the article's container (a newsletter offer, a request to share) is
  /// dropped; paragraphs of the story about subscribing, a newsletter or e-mail are kept.
  @Test func promptsToTheReaderInsideTheArticleAreDropped() {
    let page = """
      <html><body><article><h1>Ferry pass goes monthly</h1>
      <p>The harbour office will sell a monthly ferry pass from May, for 40 euros, it said on Tuesday.</p>
      <p>Commuters who subscribe to the pass will also ride the harbour bus, the office added.</p>
      <p>The port's newsletter, sent to 4,000 readers, named the new ferry.</p>
      <p>Fake ferry tickets are sold by e-mails that land in your inbox, the office warned.</p>
      <p>Get the Harbour Letter in your inbox every Friday. Sign up for our free newsletter.</p>
      <p>\(Self.quay[1])</p>
      <p>Like this story? Share it with a friend!</p>
      </article></body></html>
      """
    #expect(
      paragraphs(page) == [
        "Ferry pass goes monthly",
        "The harbour office will sell a monthly ferry pass from May, for 40 euros, it said on Tuesday.",
        "Commuters who subscribe to the pass will also ride the harbour bus, the office added.",
        "The port's newsletter, sent to 4,000 readers, named the new ferry.",
        "Fake ferry tickets are sold by e-mails that land in your inbox, the office warned.", Self.quay[1],
      ])
  }

  /// A byline with a time stamp inside the article's container is the page's; a short paragraph with a date, a
  /// result, dates or hours, which says something of its own, is the article's, and so is an embedded post's
  /// signature.
  @Test func aBylineWithATimeStampIsDropped() {
    let page = """
      <html><body><article><h1>Quay reopens in May</h1>
      <p>By <a href="/ines">Ines Vela</a> and Tor Brandt</p><p>Ines Vela 2025-04-02 14:35:08</p><p>Harbour Post April 2, 2025</p><p>Updated 9:52 a.m. ET</p>
      <p><a href="/authors/harbour-post-newsroom-desk-and-staff-writers">Harbour Post</a> <span class="d">April 2,
      2025</span></p>
      <p>\(Self.quay[0])</p>
      <p>Brann 2, Calderwick 1.</p><p>By Tuesday.</p><p>The quay shut on May 3, 2024.</p><p>3 May 2024 | 20 January 2025</p>
      <p>Tue – Sat 4PM (Closed on Sun &amp; Mon)</p><p>— Ines Vela (@inesvela) April 2, 2025</p>
      <p>\(Self.quay[1])</p>
      </article></body></html>
      """
    #expect(
      paragraphs(page) == [
        "Quay reopens in May", Self.quay[0], "Brann 2, Calderwick 1.", "By Tuesday.",
        "The quay shut on May 3, 2024.",
        "3 May 2024 | 20 January 2025", "Tue – Sat 4PM (Closed on Sun & Mon)",
        "— Ines Vela (@inesvela) April 2, 2025", Self.quay[1],
      ])
  }

  /// A "Related:" line is a link with a label: mostly link to a reader, however long the address the tag hides. A
  /// paragraph whose link shows a web address (where to buy tickets, an embedded post's link) is the article's.
  @Test func linkDensityCountsWhatAReaderSees() {
    let address = "https://gazette.example/2025/10/15/ferry-fares-rise-again-as-fuel-costs-climb-for-a-third-month"
    let page = """
      <html><body><article><h1>Quay reopens in May</h1>
      <p>\(Self.quay[0])</p>
      <p><strong>Related: </strong><a href="\(address)"><u>Ferry fares rise again</u></a></p>
      <p>Tickets: <a href="\(address)">www.gazette.example/tickets/opening-concert</a></p>
      <p>\(Self.quay[1])</p>
      </article></body></html>
      """
    #expect(
      paragraphs(page) == [
        "Quay reopens in May", Self.quay[0], "Tickets: www.gazette.example/tickets/opening-concert",
        Self.quay[1],
      ])
  }

  /// A blog engine names the post's wrapper after the story's topics ("category-native-advertising",
  /// "tag-comments"): a story filed under advertising or comments is still the article.
  @Test func aPostFiledUnderAFurnitureWordIsStillTheArticle() {
    let page = """
      <html><body><div class="site-menu"><a href="/">Home</a> <a href="/news">News</a></div>
      <div class="post-542 post type-post category-native-advertising tag-comments">
      <div class="widget-container"><h1>Quay reopens in May</h1>
      \(Self.quayParagraphs)
      <p>The harbour office said the repairs, delayed twice by storms, were paid for by the port's own fund.</p>
      <p>Ferry operators, who had asked for the reopening since March, welcomed the news on Tuesday.</p>
      </div></div>
      <div class="comments"><p>This is a waste of money, and everybody in the town knows it, frankly.</p></div>
      </body></html>
      """
    #expect(
      paragraphs(page) == ["Quay reopens in May"] + Self.quay + [
        "The harbour office said the repairs, delayed twice by storms, were paid for by the port's own fund.",
        "Ferry operators, who had asked for the reopening since March, welcomed the news on Tuesday.",
      ])
  }

  /// A page that writes the headline twice (once above the layout, once in the article) indexes it once, so hover
  /// does not show one outlet's headline as two of its sentences.
  @Test func aHeadlineGivenTwiceIsKeptOnce() {
    let page = """
      <html><body><div class="top"><h1>Quay reopens in May</h1></div>
      <div class="story-body"><h2>Quay reopens in May</h2>
      \(Self.quayParagraphs)
      <p>Quay reopens in May</p>
      </div></body></html>
      """
    #expect(paragraphs(page) == ["Quay reopens in May"] + Self.quay)
  }

  @Test func aPageInAnotherScriptIsReadWhole() {
    let page = """
      <html dir="rtl"><body><div class="menu"><a href="/">الرئيسية</a></div><article>
      <p>قال مجلس المدينة إن تكلفة الجدار ارتفعت إلى ثلاثة ملايين يورو، بعد أن وجد مسح أن الرصيف أضعف من المتوقع.</p>
      <p>وسيعزز المهندسون الرصيف قبل بناء الجدار، مما يضيف أربعة أشهر إلى العمل، وفقا لمكتب الميناء.</p>
      </article></body></html>
      """
    let found = paragraphs(page)
    #expect(found.count >= 2)
    #expect(found.suffix(2).first?.hasPrefix("قال مجلس المدينة") == true)
    #expect(found.last?.hasSuffix("وفقا لمكتب الميناء.") == true)
  }
}
