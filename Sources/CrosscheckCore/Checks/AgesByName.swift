extension FigureChecks {
  /// Step: an age the draft gives a named person (`AgeHolder.person`) is compared with the age each article that
  /// tells the draft's story gives that person, in whatever sentence: "Combs, 56, did not testify" against "Combs,
  /// who is 55 years old, could still be sentenced", two claims no alignment links. Only the story's articles are
  /// read: a background piece from another year gives another age. A person of the same surname and another given
  /// name or title is someone else (`AgeHolder.Person.mayBe`), and a surname the draft writes for two people
  /// (`AgeHolder.sharedSurnames`) names neither for sure without a given name. An outlet whose linked span already
  /// gave a figure (`known`) is not asked again.
  static func agesGiven(
    for figure: Figure, in text: String, sharedSurnames: @autoclosure () -> Set<String>, besides known: [FigureSource],
    story: Set<Int32>, corpus: Corpus
  ) -> [FigureSource] {
    guard figure.kind == .age, !story.isEmpty, let person = AgeHolder.person(of: figure, in: text),
      person.given != nil || !sharedSurnames().contains(person.surname)
    else { return [] }
    // The surname is normalised as the index's terms are.
    let term = Token.hash(person.surname)
    var found: [FigureSource] = []
    for reference in corpus.sentences(containing: term) where story.contains(reference.article) {
      guard let article = corpus.article(reference.article),
        !(known + found).contains(where: { $0.outlet == article.metadata.outlet })
      else { continue }
      let range = article.sentences[Int(reference.sentence)].range
      let text = article.prose.text
      if let age = article.figures(in: range).first(where: { AgeHolder.person(of: $0, in: text)?.mayBe(person) == true }
      ) {
        found.append(
          FigureSource(
            article: reference.article, outlet: article.metadata.outlet, figure: age, linkedWeakly: false,
            sentence: String(TextBuffer.substring(text, range))))
      }
    }
    return found
  }
}
