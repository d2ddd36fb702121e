/// What one outlet says for a draft figure: the figure in that outlet's aligned sentence that plays the same role.
public struct FigureSource: Sendable, Hashable {
  public var article: Int32
  public var outlet: String
  public var figure: Figure
  /// Whether the span was linked by a rule other than the model or containment (`AlignmentModel.Rule.isStrong`):
  /// the model doubted it, so its figure may belong to another claim of the same shape (another
  /// poll's share, another day's count).
  public var linkedWeakly: Bool
  /// The sentence that gives the figure, as written. Outlets that carry one sentence word for word (wire copy) are
  /// one voice on the figure (`FigureChecks.voices`); nil where it is not known, and the source is a voice of its own.
  public var sentence: String? = nil
  /// Whether the figure is a poll's margin of error (`MeasuredThing.isErrorMargin`).
  public var isErrorMargin = false
}
