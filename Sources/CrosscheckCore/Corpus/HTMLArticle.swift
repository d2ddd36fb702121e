/// Finds a page's article among its furniture, in named steps: paragraphs score their containers (length,
/// commas, few links); class and id hints and `<article>`, `<main>` and `itemprop="articleBody"` weigh in; the best
/// container and its strong siblings hold the article; menus, teasers, comment threads and share bars inside it
/// are dropped by their hints and link density. The headline is kept wherever it stands.
enum HTMLArticle {
  static let blockElements: Set<String> = [
    "p", "div", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "article", "section", "main",
    "pre", "dd", "dt", "figcaption", "body", "span",
  ]

  /// Elements that are one paragraph of a text rather than a container of them.
  static let paragraphElements: Set<String> = [
    "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "span", "dd", "dt", "td", "th", "figcaption",
  ]

  /// Starts of class and id words that say "the article" or "not the article".
  static let positiveHints = [
    "article", "story", "body", "content", "entry", "main", "post", "text", "blog", "prose", "paragraph",
  ]
  static let negativeHints = [
    "comment", "related", "promo", "share", "sharing", "sidebar", "sponsor", "advert", "banner", "nav",
    "menu", "newsletter", "cookie", "subscri", "popup", "modal", "breadcrumb", "footer", "masthead", "teaser",
    "recommend", "trending", "mostread", "popular", "outbrain", "taboola", "signup", "consent", "gdpr",
    "disclaimer", "tags", "byline", "caption", "credit", "toolbar", "rating", "avatar",
  ]

  /// Compared as bytes: `Substring.hasPrefix` compares characters, and it was a sixth of the extraction.
  static func matches(_ hints: [Substring], _ starts: [String]) -> Bool {
    hints.contains { word in starts.contains { word.utf8.starts(with: $0.utf8) } }
  }

  /// Per node: the score its paragraphs gave it.
  static func mainBlocks(of prose: ProseText, tree: HTMLTree) -> [Range<Int>] {
    let blocks = prose.blocks
    guard blocks.count > 3 else { return blocks }
    struct Block {
      var range: Range<Int>
      var node: Int
      var length: Int
      /// Of the bytes a reader sees (the padding of inline tags left out), how many are in links.
      var linkLength: Int
      var visibleLength: Int
      var commas: Int
      /// Mostly links: a list of other stories, "Related: <a>…</a>". Measured on the text a reader sees, so
      /// that a link's long address, padded out in place, does not count as text beside it.
      var isLinks: Bool { Double(linkLength) > 0.5 * Double(visibleLength) }
    }
    let text = Array(prose.text.utf8)
    func visible(_ range: Range<Int>) -> Int { range.count - text[range].count(where: { $0 == ProseText.paddingByte }) }
    let info = blocks.map { range -> Block in
      let node = tree.run(at: range.lowerBound).map { containerOf($0.node, tree) } ?? 0
      var linkLength = 0
      for run in tree.runs(overlapping: range) where run.isLink {
        let inBlock = run.range.clamped(to: range)
        if !showsAddress(text, inBlock) { linkLength += visible(inBlock) }
      }
      // One pass for both counts: every byte of the page's blocks is read here.
      var commas = 0
      var padding = 0
      for byte in text[range] {
        if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") {
          commas &+= 1
        } else if byte == ProseText.paddingByte {
          padding &+= 1
        }
      }
      return Block(
        range: range, node: node, length: range.count, linkLength: linkLength, visibleLength: range.count - padding,
        commas: commas)
    }
    // Step: furniture (a comment thread, a teaser box, a share bar) and everything inside it is no candidate.
    // Per node, worked out once: 0 not yet, 1 no, 2 yes; and the weights of scored nodes.
    var furniture = [UInt8](repeating: 0, count: tree.nodes.count)
    // A layout wrapper around the page's `<article>` or `<main>` ("container penci_sidebar") is not furniture,
    // whatever its class says; an `<article>` that is itself furniture (a comment) protects nothing.
    var holdsArticle = Set<Int>()
    for node in tree.nodes.indices
    where ["article", "main"].contains(tree.nodes[node].name) && !hintsSayFurniture(node, tree) {
      holdsArticle.formUnion(tree.ancestors(of: node))
    }
    func inFurniture(_ node: Int) -> Bool {
      if furniture[node] != 0 { return furniture[node] == 2 }
      let answer =
        node > 0
        && ((isFurniture(node, tree) && !holdsArticle.contains(node)) || inFurniture(tree.nodes[node].parent))
      furniture[node] = answer ? 2 : 1
      return answer
    }
    var weights = [Double?](repeating: nil, count: tree.nodes.count)
    func weight(_ node: Int) -> Double {
      if let known = weights[node] { return known }
      let value = Self.weight(node, tree)
      weights[node] = value
      return value
    }
    // Step: paragraphs score their container and its parent.
    var scores: [Int: Double] = [:]
    for block in info
    where block.length >= 25 && !block.isLinks && !inFurniture(block.node) {
      let score = 1 + Double(block.commas) + min(3, Double(block.length) / 100)
      // A paragraph element scores the element that holds it; text written straight into a div scores the div.
      let holder = paragraphElements.contains(tree.nodes[block.node].name) ? tree.nodes[block.node].parent : block.node
      guard holder >= 0 else { continue }
      scores[holder, default: 0] += score
      let parent = tree.nodes[holder].parent
      if parent >= 0 { scores[parent, default: 0] += score / 2 }
    }
    // Step: hints and tags weigh in.
    var best: (node: Int, score: Double)?
    for (node, score) in scores {
      let weighted = score + weight(node)
      if best.map({ weighted > $0.score }) ?? true { best = (node, weighted) }
    }
    guard var top = best, top.score > 10 else { return blocks }
    // Step: an article split into sections scores several containers alike; when at least three of the five best
    // come close to the best and share an ancestor below the page's body, that ancestor holds the article.
    let close = scores.map { (node: $0.key, score: $0.value + weight($0.key)) }
      .filter { $0.score >= 0.75 * top.score }.sorted { $0.score > $1.score }.prefix(5)
    if close.count >= 3 {
      let paths = close.map { Set(tree.ancestors(of: $0.node)) }
      let shared = tree.ancestors(of: top.node).first { ancestor in
        paths.filter { $0.contains(ancestor) }.count >= 3
      }
      if let shared, shared != top.node, !["#root", "html", "body"].contains(tree.nodes[shared].name) {
        top = (shared, top.score)
      }
    }
    // Step: the best container and strong siblings hold the article.
    let parent = tree.nodes[top.node].parent
    var holders: Set<Int> = [top.node]
    for (node, score) in scores where tree.nodes[node].parent == parent && node != top.node {
      if score + weight(node) >= max(10, top.score * 0.2) { holders.insert(node) }
    }
    // Step: an article cut in two by an advertising row ("row > text, ad, row > text") scores two cousin
    // containers alike. The stronger of the others holds the article too when it comes close to the best, is
    // neither inside nor around it, and the two together hold nearly all the prose of the ancestor they share.
    // Each block's ancestors, asked for by this step and the next.
    let paths = info.map { tree.ancestors(of: $0.node) }
    let topPath = Set(tree.ancestors(of: top.node))
    let cousin = scores.map { (node: $0.key, score: $0.value + weight($0.key)) }
      .filter { $0.score >= 0.75 * top.score && !topPath.contains($0.node) && !inFurniture($0.node) }
      .filter { !tree.ancestors(of: $0.node).contains(top.node) }
      .max { ($0.score, -$0.node) < ($1.score, -$1.node) }
    if let cousin, let shared = tree.ancestors(of: cousin.node).first(where: topPath.contains),
      !["#root", "html", "body"].contains(tree.nodes[shared].name)
    {
      var prose = 0
      var held = 0
      for (block, path) in zip(info, paths)
      where block.length >= 25 && !block.isLinks && !inFurniture(block.node) {
        guard path.contains(shared) else { continue }
        prose += block.length
        if path.contains(top.node) || path.contains(cousin.node) { held += block.length }
      }
      if Double(held) >= 0.9 * Double(prose) { holders.insert(cousin.node) }
    }
    // Step: keep what they hold, less furniture inside them; keep the headline wherever it is.
    var kept: [Range<Int>] = []
    var headline: String?
    for (block, path) in zip(info, paths) {
      if headline == nil, path.contains(where: { tree.nodes[$0].name == "h1" }) {
        kept.append(block.range)
        headline = prose.cleanText(block.range)
        continue
      }
      guard path.contains(where: holders.contains), !inFurniture(block.node) else { continue }
      if block.isLinks { continue }
      // Short blocks are read once more, as text: the page talking (a label, a prompt to the reader), or the
      // headline given a second time (a page title and the article's own), which is indexed once. Only blocks
      // that may be one are read: most of an article's paragraphs are this short, and reading each as text cost
      // a tenth of the extraction.
      // A block holds the headline again only with at least its bytes and not much more: the padding a few tags
      // and entities leave.
      let mayBeHeadline =
        headline.map { block.length >= $0.utf8.count && block.length <= 2 * $0.utf8.count + 40 } ?? false
      let mayBeStamp =
        block.visibleLength <= stampLength
        && (text[block.range].contains { (48...57).contains($0) }
          || HTMLProse.find(
            text, "by ", from: block.range.lowerBound, caseInsensitive: true, before: block.range.upperBound)
            != nil)
      if block.length <= 40 || mayBeStamp
        || (block.length <= 300 && (mayBeHeadline || mentionsPrompt(text, block.range)))
      {
        let clean = prose.cleanText(block.range)
        if clean == headline || isReaderPrompt(clean) || (block.length <= 40 && isPageLabel(clean))
          || (mayBeStamp && isStamp(clean))
        {
          continue
        }
      }
      kept.append(block.range)
    }
    return kept.isEmpty ? blocks : kept
  }

  /// Whether a link's text is a web address ("www.example.org", "https://t.co/…"): the article showing where
  /// something is, as a reference or in an embedded post, not a teaser of another page.
  static func showsAddress(_ text: [UInt8], _ range: Range<Int>) -> Bool {
    HTMLProse.find(text, "://", from: range.lowerBound, caseInsensitive: false, before: range.upperBound) != nil
      || HTMLProse.find(text, "www.", from: range.lowerBound, caseInsensitive: true, before: range.upperBound) != nil
  }

  /// Step: a short block that says only who wrote the article and when ("Jose Altoveros 2019-11-20 14:35:08",
  /// "Harbour Post April 2, 2025", "Updated 9:52 a.m. ET", "By Reuters"): a byline and a time stamp, the page's
  /// words and not the article's. Every word is a name written with a capital or a dateline's
  /// (`CalendarWords.saysOnlyWhen`), and the block names someone after "By", or names someone and gives a date, or
  /// says it is a stamp ("Updated") and gives a date or a time. A results line ("Brann 2, Calderwick 1") gives no
  /// date, and an exhibition's dates ("29 November 2018 | 20 January 2019") or a shop's hours ("Tue – Sat 4PM"),
  /// which the article gives, name no one or give no date.
  static func isStamp(_ text: String) -> Bool {
    // An embedded post's signature ("— Ines Vela (@inesvela) April 2, 2025") says whose words the post is.
    guard !text.contains("@") else { return false }
    let range = 0..<text.utf8.count
    let tokens = Tokenizer.tokens(in: text, range: range)
    guard CalendarWords.saysOnlyWhen(tokens.filter { !$0.isCapitalized }) else { return false }
    let names = tokens.contains { $0.isContent && $0.isCapitalized && !CalendarWords.isDatelineWord($0.normalized) }
    // A byline needs no date: "By Ines Vela and Tor Brandt", "By Reuters".
    if names && tokens.first?.normalized == "by" { return true }
    let when = Set(FigureExtractor.figures(in: text, range: range, referenceYear: 2000).map(\.kind))
    let dated = !when.isDisjoint(with: [.date, .year])
    return tokens.contains { CalendarWords.isStampWord($0.normalized) } ? dated || when.contains(.time) : dated && names
  }

  /// The most a reader sees of a block, in bytes, read as a possible byline and time stamp.
  static let stampLength = 80

  /// A block that is the page labelling itself, not the article: an advert slot's label inside the article's
  /// container, or a notice that a widget needs JavaScript.
  static func isPageLabel(_ text: String) -> Bool { pageLabels.contains(words(text)) }

  /// A block's words in small letters, one space apart, punctuation and figures gone: what labels and prompts are
  /// compared on.
  static func words(_ text: String) -> String { text.lowercased().split { !$0.isLetter }.joined(separator: " ") }

  static let pageLabels: Set<String> = [
    "advertisement", "advert", "ad", "ads", "sponsored", "sponsored content", "story continues below advertisement",
    "article continues below advertisement", "continue reading below", "article continues below",
    "this slideshow requires javascript", "comments",
    // The label of a list of other stories, its links dropped already.
    "you may also like", "more", "related", "related posts", "related stories", "related articles", "read more",
    "see also",
    // "Advertisement" in the languages of the pages Crosscheck reads most.
    "anzeige", "werbung", "publicidad", "publicité", "publicidade", "pubblicità", "advertentie", "reklama", "iklan",
  ]

  /// A short block that turns from the story to its reader: a newsletter or magazine offer, a request to share
  /// or comment ("Like this story? Share it with a friend!"). Publishers write these into the article's own
  /// container, where hints cannot see them. Only phrases an article hardly uses: "subscribe to" and "sign up
  /// for" alone are not (a story about streaming services says both).
  static func isReaderPrompt(_ text: String) -> Bool {
    let spaced = " " + words(text) + " "
    return readerPrompts.contains { phrases in phrases.allSatisfy { spaced.contains($0) } }
  }

  /// Each prompt is phrases that all appear in the block. A newsletter or "your inbox" is a prompt only with an
  /// offer to sign up or subscribe: a story about a newsletter ("The newsletter, sent to 4,000 readers, named…")
  /// or about e-mail scams ("the messages land in your inbox") keeps its paragraphs.
  static let readerPrompts = [
    [" newsletter", " sign up "], [" newsletter", " subscribe"], [" your inbox ", " sign up "],
    [" your inbox ", " subscribe"], [" click here "], [" like this story "], [" share it with "],
    [" tell us what you think "],
  ]

  /// The longest word of each prompt's first phrase: a block without any of them is no prompt.
  private static let promptAnchors = readerPrompts.map { phrases in
    String(phrases[0].split(separator: " ").max { $0.count < $1.count }!)
  }

  /// Whether a block's bytes hold a prompt's longest word, in any case.
  static func mentionsPrompt(_ text: [UInt8], _ range: Range<Int>) -> Bool {
    promptAnchors.contains {
      HTMLProse.find(text, $0, from: range.lowerBound, caseInsensitive: true, before: range.upperBound) != nil
    }
  }

  /// Positive hints that name the article itself, strong enough to outweigh a negative one beside them: "post" and
  /// "text" are not ("post-tags", "share-text").
  static let articleHints = ["article", "story", "body", "content", "entry", "main", "prose"]

  /// An element whose hints say it is not the article ("comment first", "related-stories", "share-text"), unless
  /// they also name the article ("article-body comments-open"); the page's frame (html, body, article, main)
  /// never is.
  static func isFurniture(_ node: Int, _ tree: HTMLTree) -> Bool {
    guard !["html", "body", "article", "main"].contains(tree.nodes[node].name) else { return false }
    return hintsSayFurniture(node, tree)
  }

  static func hintsSayFurniture(_ node: Int, _ tree: HTMLTree) -> Bool {
    let hints = tree.hints(node)
    return matches(hints, negativeHints) && !matches(hints, articleHints)
  }

  /// The nearest block-level element holding a node.
  static func containerOf(_ node: Int, _ tree: HTMLTree) -> Int {
    var current = node
    while current > 0 && !blockElements.contains(tree.nodes[current].name) { current = tree.nodes[current].parent }
    return max(current, 0)
  }

  /// What a node's tag and hints say about it.
  static func weight(_ node: Int, _ tree: HTMLTree) -> Double {
    let element = tree.nodes[node]
    var weight = 0.0
    if element.name == "article" || element.name == "main" { weight += 20 }
    if tree.attributes(node).contains("articlebody") { weight += 50 }
    let hints = tree.hints(node)
    if matches(hints, positiveHints) { weight += 25 }
    if matches(hints, negativeHints) { weight -= 25 }
    return weight
  }
}
