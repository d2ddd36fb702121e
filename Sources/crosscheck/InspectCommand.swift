import CrosscheckCore
import Foundation

/// `crosscheck inspect`: how Crosscheck reads a file, for debugging and for measuring the analysis.
enum InspectCommand {
  static let help = """
    OVERVIEW: Show how Crosscheck reads a file.

    USAGE: crosscheck inspect <what> <file> [--sources <dir> ...] [--format <format>]

    ARGUMENTS:
      <what>                  prose (what Crosscheck indexes from a source file, HTML or not: its metadata and
                              paragraphs), sentences, quotes (kind, speaker and cue of each quotation), figures
                              (kind, value, unit, qualifier, interval and what each figure measures), alignment (each
                              draft sentence with the source spans that carry it, the rule that linked each
                              and the bridges that carried its words), or pairs (a
                              tab-separated file whose last two fields are a draft and a source sentence:
                              the alignment decision for each line, as JSON lines; rarity comes from all
                              the file's sentences)
      <file>                  The file to read.

    OPTIONS:
      --sources <dir>         For alignment: a folder or file of source articles (repeatable). Default as for check.
      --format <format>       text or json (ranges are LSP-shaped: zero-based, UTF-16). (default: text)
      -h, --help              Show help information.
    """

  static func run(_ arguments: [String]) -> Int32 {
    let parsed: ParsedArguments
    let format: String
    switch ParsedArguments.parse(arguments, options: ["--sources"], help: help) {
    case .exit(let code): return code
    case .run(let arguments, let chosen): (parsed, format) = (arguments, chosen)
    }
    guard parsed.positionals.count == 2 else {
      return CommandLineTool.usageError("expected <what> and <file>", help: help)
    }
    let file: InputFile
    do { file = try InputFile(path: parsed.positionals[1]) } catch {
      CommandLineTool.printError("error: \(error.message)")
      return 2
    }
    switch parsed.positionals[0] {
    case "sentences":
      let sentences = SentenceSplitter.sentenceTexts(file.buffer.text, format: file.format)
      if format == "json" {
        printJSON(sentences.map { JSONSentence(range: JSONRange($0.sentence.range, in: file.buffer), text: $0.text) })
      } else {
        for (sentence, text) in sentences {
          let position = file.buffer.position(of: sentence.range.lowerBound, in: .utf8)
          print("\(position.line + 1):\(position.column + 1): \(text)")
        }
      }
      return 0
    case "quotes":
      let prose = ProseText(reading: file.buffer.text, path: file.path)
      let quotes = QuoteAnalysis.quotes(in: prose, sentences: SentenceSplitter.split(prose))
      if format == "json" {
        printJSON(quotes.map { JSONQuote($0, buffer: file.buffer) })
      } else {
        for quote in quotes {
          let position = file.buffer.position(of: quote.range.lowerBound, in: .utf8)
          let speaker =
            quote.speaker.map { "\($0)\(quote.carriedOver ? " (carried over)" : "") via \(quote.cue ?? "-")" }
            ?? "no speaker"
          print("\(position.line + 1):\(position.column + 1): \(quote.kind.rawValue): \(speaker): \(quote.text)")
        }
      }
      return 0
    case "prose":
      printProse(file, json: format == "json")
      return 0
    case "figures":
      let analysis = DraftAnalysis(text: file.buffer.text, format: file.format)
      if format == "json" {
        printJSON(
          analysis.figures.map { JSONFigure($0, buffer: file.buffer, measures: analysis.measuredThing(of: $0)) })
      } else {
        for figure in analysis.figures {
          let position = file.buffer.position(of: figure.range.lowerBound, in: .utf8)
          let interval = figure.low == figure.high ? "" : " [\(figure.low)…\(figure.high)]"
          let thing = analysis.measuredThing(of: figure)
          let measures =
            [
              thing.countedWords.map { "counts " + $0 },
              thing.owner.map { "of \($0)" },
              thing.phase?.rawValue,
              thing.isChangeAmount ? "a change" : nil,
              thing.isMargin ? "a margin" : nil,
              thing.isErrorMargin ? "a margin of error" : nil,
              thing.describedName.isEmpty ? nil : "the size of " + thing.describedName.joined(separator: " "),
              thing.isTotalOverParts ? "a total over parts" : nil,
              thing.isAge ? "an age" : nil,
              thing.isPerItem ? "each" : nil,
              thing.isRequirement ? "needed" : nil,
              thing.isIncrement ? "beyond others" : nil,
              thing.isIndefiniteOne ? "an indefinite “one”, no count" : nil,
            ].compactMap { $0 }
            .joined(separator: ", ")
          print(
            "\(position.line + 1):\(position.column + 1): \(figure.kind.rawValue) \(figure.value)\(figure.unit.map { " " + $0 } ?? "")\(interval)\(measures.isEmpty ? "" : " (\(measures))"): \(figure.text)"
          )
        }
      }
      return 0
    case "alignment":
      printAlignment(file, sources: parsed.values["--sources"] ?? [], json: format == "json")
      return 0
    case "pairs":
      printPairs(file.buffer.text)
      return 0
    default:
      return CommandLineTool.usageError("unknown thing to inspect '\(parsed.positionals[0])'", help: help)
    }
  }

  /// What a source file gives the index: the article's metadata and paragraphs, with ranges in the file itself.
  static func printProse(_ file: InputFile, json: Bool) {
    let article = SourceArticle(path: file.path, text: file.buffer.text)
    let positions = article.positionBuffer
    let paragraphs = article.paragraphs.blocks.map { block in
      JSONParagraph(range: JSONRange(block, in: positions), text: article.prose.cleanText(block))
    }
    let metadata = article.metadata
    if json {
      printJSON(
        JSONProse(
          outlet: metadata.outlet, title: metadata.title, url: metadata.url, date: metadata.date,
          author: metadata.author, paragraphs: paragraphs))
      return
    }
    for (label, value) in [
      ("outlet", metadata.outlet), ("title", metadata.title), ("url", metadata.url), ("date", metadata.date),
      ("author", metadata.author),
    ] {
      if let value { print("\(label): \(value)") }
    }
    for paragraph in paragraphs {
      print("\(paragraph.range.start.line + 1):\(paragraph.range.start.character + 1): \(paragraph.text)")
    }
  }

  struct JSONParagraph: Encodable {
    var range: JSONRange
    var text: String
  }

  struct JSONProse: Encodable {
    var outlet: String
    var title: String?
    var url: String?
    var date: String?
    var author: String?
    var paragraphs: [JSONParagraph]

    func encode(to encoder: Encoder) throws {
      enum Key: String, CodingKey { case outlet, title, url, date, author, paragraphs }
      var container = encoder.container(keyedBy: Key.self)
      try container.encode(outlet, forKey: .outlet)
      try container.encode(title, forKey: .title)
      try container.encode(url, forKey: .url)
      try container.encode(date, forKey: .date)
      try container.encode(author, forKey: .author)
      try container.encode(paragraphs, forKey: .paragraphs)
    }
  }

  static func printAlignment(_ file: InputFile, sources: [String], json: Bool) {
    let settings = CommandLineSettings.settings(forDraft: file.path)
    let corpus = CommandLineCorpus.load(sourceOptions: sources, draft: file.path, settings: settings)
    let analysis = DraftAnalysis(
      text: file.buffer.text, format: file.format, corpus: corpus, threshold: settings.alignmentThreshold)
    var report: [JSONAlignment] = []
    for (index, sentence) in analysis.sentences.enumerated() {
      let alignments = analysis.alignments[index]
      let bridges = Aligner.bridges(draft: analysis.tokens[index], matches: alignments, corpus: corpus)
      let ownWording = Aligner.ownWording(draft: analysis.tokens[index], corpus: corpus).map {
        String(file.buffer.slice(analysis.tokens[index][$0].range))
      }
      let matches = zip(alignments, bridges).compactMap { match, bridged -> JSONAlignment.Match? in
        guard let article = corpus.article(match.article) else { return nil }
        return JSONAlignment.Match(
          outlet: article.metadata.outlet, file: article.path,
          range: JSONRange(match.range(in: article), in: article.positionBuffer), text: match.text(in: article),
          score: (match.score * 1000).rounded() / 1000, carried: (match.carried * 1000).rounded() / 1000,
          carriedBeyondNames: (match.carriage.carriedBeyondNames * 1000).rounded() / 1000,
          carriedBack: (match.carriage.carriedBack * 1000).rounded() / 1000, rule: match.rule.rawValue,
          echoOf: match.echoOf.flatMap(corpus.article)?.metadata.outlet, unit: match.unit?.kind.rawValue,
          bridges: bridged.map {
            JSONAlignment.Bridged(
              word: String(file.buffer.slice(analysis.tokens[index][$0.token].range)), bridge: $0.bridge.rawValue)
          })
      }
      if json {
        report.append(
          JSONAlignment(
            draft: JSONSentence(
              range: JSONRange(sentence.range, in: file.buffer), text: analysis.prose.text(of: sentence)),
            ownWording: ownWording, matches: matches))
      } else {
        print(analysis.prose.text(of: sentence))
        if !ownWording.isEmpty {
          print("  own wording, no source uses it (weighs half): " + ownWording.joined(separator: ", "))
        }
        for match in matches {
          let rule = match.echoOf.map { "\(match.rule) of \($0)" } ?? match.rule
          let why = "\(rule)\(match.unit.map { ", \($0) unit" } ?? "")"
          print(
            "  \(String(format: "%.2f", match.score)) (carries \(Int((match.carried * 100).rounded()))%, \(why))  \(match.outlet): \(match.text)"
          )
          if !match.bridges.isEmpty {
            print("      bridged: " + match.bridges.map { "\($0.word) (\($0.bridge))" }.joined(separator: ", "))
          }
        }
        if matches.isEmpty { print("  (no source)") }
      }
    }
    if json { printJSON(report) }
  }

  /// One JSON line per pair: the decision, the unit it chose and the features it was made from.
  static func printPairs(_ text: String) {
    let pairs = text.split(separator: "\n").map { line -> (String, String) in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      return (fields.count >= 2 ? String(fields[fields.count - 2]) : "", String(fields.last ?? ""))
    }
    let articles = pairs.enumerated().flatMap { index, pair in
      [
        SourceArticle(path: "draft-\(index).txt", text: pair.0),
        SourceArticle(path: "source-\(index).txt", text: pair.1),
      ]
    }
    let corpus = Corpus(articles: articles, problems: [])
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    for (index, pair) in pairs.enumerated() {
      let tokens = Tokenizer.tokens(in: pair.0, range: 0..<pair.0.utf8.count)
      let match =
        articles[2 * index + 1].sentences.isEmpty
        ? nil
        : Aligner.bestSpan(draft: tokens, sentence: SentenceRef(article: 2 * index + 1, sentence: 0), corpus: corpus)
      let line = JSONPair(
        score: match?.score ?? 0, rule: match?.rule.rawValue, unit: match?.unit?.kind.rawValue,
        carriage: match?.carriage)
      print(String(decoding: (try? encoder.encode(line)) ?? Data(), as: UTF8.self))
    }
  }

  struct JSONPair: Encodable {
    var score: Double
    var rule: String?
    var unit: String?
    var carriage: Carriage?
  }

  struct JSONAlignment: Encodable {
    struct Match: Encodable {
      var outlet: String
      var file: String
      var range: JSONRange
      var text: String
      /// The decision's probability, the share of the draft carried (in all and beyond names), the share of the
      /// span the draft carries (what the headline rule asks), the rule that decided, and the clause unit.
      var score: Double
      var carried: Double
      var carriedBeyondNames: Double
      var carriedBack: Double
      var rule: String
      /// For an echo, the outlet whose linked span it words the claim as.
      var echoOf: String?
      var unit: String?
      /// Draft words carried only through a bridge, and which.
      var bridges: [Bridged]
    }
    struct Bridged: Encodable {
      var word: String
      var bridge: String
    }
    var draft: JSONSentence
    /// The draft's words no source uses, weighed as the writer's own wording (`Corpus.isOwnWording`).
    var ownWording: [String]
    var matches: [Match]
  }

  struct JSONQuote: Encodable {
    var range: JSONRange
    var text: String
    var kind: String
    var speaker: String?
    var speakerRange: JSONRange?
    var cue: String?
    var carriedOver: Bool

    init(_ quote: Quote, buffer: TextBuffer) {
      range = JSONRange(quote.range, in: buffer)
      text = quote.text
      kind = quote.kind.rawValue
      speaker = quote.speaker
      speakerRange = quote.speakerRange.map { JSONRange($0, in: buffer) }
      cue = quote.cue
      carriedOver = quote.carriedOver
    }

    func encode(to encoder: Encoder) throws {
      enum Key: String, CodingKey { case range, text, kind, speaker, speakerRange, cue, carriedOver }
      var container = encoder.container(keyedBy: Key.self)
      try container.encode(range, forKey: .range)
      try container.encode(text, forKey: .text)
      try container.encode(kind, forKey: .kind)
      try container.encode(speaker, forKey: .speaker)  // null, not absent, when there is none
      try container.encode(speakerRange, forKey: .speakerRange)
      try container.encode(cue, forKey: .cue)
      try container.encode(carriedOver, forKey: .carriedOver)
    }
  }

  struct JSONFigure: Encodable {
    var figure: Figure
    var range: JSONRange
    var measures: MeasuredThing

    init(_ figure: Figure, buffer: TextBuffer, measures: MeasuredThing) {
      self.figure = figure
      range = JSONRange(figure.range, in: buffer)
      self.measures = measures
    }

    /// Infinite bounds ("at least 3%") are written as null: JSON has no infinity. `counts` is what the figure counts
    /// (a qualifier and its noun, "lesser count"), `owner` whose it is, `phase` when it holds ("before" or
    /// "after" some event), `change` whether it is a change's size ("by 32 minutes") rather than a level,
    /// `margin` whether it is a margin between two sides ("a 26-delegate advantage"), `errorMargin` whether it is a
    /// poll's margin of error, `sizeOf` the name it is the size of ("the 15-member Platform Committee") or null,
    /// `totalOverParts` whether it
    /// is a total over parts the sentence counts ("In all, 691 delegates … in five states"), `age`
    /// whether it is an age written into its noun ("a 31-year-old volunteer"), `needed` whether it is what someone
    /// needs ("needs 836 delegates"), `beyondOthers` whether it counts things beyond others ("two other
    /// ferries"), `indefiniteOne` whether it is "one" as an indefinite rather than a count ("one of her friends"),
    /// `context` the words near it and `names` the names near it.
    func encode(to encoder: Encoder) throws {
      enum Key: String, CodingKey {
        case range, text, kind, value, unit, qualifier, low, high, counts, owner, phase, change, margin, errorMargin,
          sizeOf, totalOverParts, age, needed
        case perItem, beyondOthers, indefiniteOne
        case context, names
      }
      var container = encoder.container(keyedBy: Key.self)
      try container.encode(range, forKey: .range)
      try container.encode(figure.text, forKey: .text)
      try container.encode(figure.kind.rawValue, forKey: .kind)
      try container.encode(figure.value, forKey: .value)
      try container.encode(figure.unit, forKey: .unit)
      try container.encode(figure.qualifier, forKey: .qualifier)
      try container.encode(figure.low.isFinite ? figure.low : nil, forKey: .low)
      try container.encode(figure.high.isFinite ? figure.high : nil, forKey: .high)
      try container.encode(measures.countedWords, forKey: .counts)
      try container.encode(measures.owner, forKey: .owner)
      try container.encode(measures.phase?.rawValue, forKey: .phase)
      try container.encode(measures.isChangeAmount, forKey: .change)
      try container.encode(measures.isMargin, forKey: .margin)
      try container.encode(measures.isErrorMargin, forKey: .errorMargin)
      try container.encode(measures.describedName.isEmpty ? nil : measures.describedName, forKey: .sizeOf)
      try container.encode(measures.isTotalOverParts, forKey: .totalOverParts)
      try container.encode(measures.isAge, forKey: .age)
      try container.encode(measures.isRequirement, forKey: .needed)
      try container.encode(measures.isPerItem, forKey: .perItem)
      try container.encode(measures.isIncrement, forKey: .beyondOthers)
      try container.encode(measures.isIndefiniteOne, forKey: .indefiniteOne)
      try container.encode(measures.words.sorted(), forKey: .context)
      try container.encode(measures.names.sorted(), forKey: .names)
    }
  }

  struct JSONSentence: Encodable {
    var range: JSONRange
    var text: String
  }
}
