@testable import CrosscheckCore

/// A corpus of one article per outlet, each given as its outlet's name and its text after the front matter.
func outletCorpus(_ outlets: KeyValuePairs<String, String>) -> Corpus {
  Corpus(
    articles: outlets.map { outlet, body in
      SourceArticle(
        path: "/story/\(outlet.lowercased().replacingOccurrences(of: " ", with: "-")).md",
        text: "---\noutlet: \(outlet)\n---\n" + body)
    }, problems: [])
}
