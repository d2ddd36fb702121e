/// A quotation in a document, classified and attributed.
public struct Quote: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable, Codable {
    /// A sentence or more of someone's words.
    case full
    /// A fragment inside the writer's own sentence.
    case partial
    /// One to three words, or a term the writer holds at arm's length ("so-called", "dubbed").
    case scare
    /// The title of a work: a book, film, song, report.
    case title
  }

  /// The marks and everything between them.
  public var range: Range<Int>
  /// The quoted words, between the marks.
  public var content: Range<Int>
  public var text: String
  /// How many words the quote has, counted as the quote checks count them: whatever spaces separate.
  var wordCount: Int { text.split(separator: " ").count }
  public var kind: Kind
  /// The canonical speaker: a person's full name where the text gives one, else the phrase ("the ministry").
  public var speaker: String?
  /// Where the speaker is named: the phrase beside the quote ("he", "Mayor Elena Marsh"), or for a carried-over
  /// quote the phrase of the quote it inherits from. Nil when there is no speaker.
  public var speakerRange: Range<Int>?
  public var cue: String?
  /// Whether the speaker was inherited from an earlier quote rather than named beside this one.
  public var carriedOver: Bool
  public var closed: Bool
  /// The paragraph (block) the quote opens in, and the one it closes in.
  public var block: Int
  public var endBlock: Int
  /// Whether this is a later paragraph of a quotation that runs across paragraphs (`paragraphs(in:)`), whose
  /// attribution is the first paragraph's.
  public var continuesQuotation = false
}
