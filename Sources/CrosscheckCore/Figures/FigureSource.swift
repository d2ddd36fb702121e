/// What one outlet says for a draft figure: the figure in that outlet's aligned sentence that plays the same role.
public struct FigureSource: Sendable, Hashable {
  public var article: Int32
  public var outlet: String
  public var figure: Figure
}
