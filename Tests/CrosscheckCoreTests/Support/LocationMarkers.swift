import Foundation

/// Test text with emoji markers (1️⃣ 2️⃣ …) standing for byte offsets; the markers are removed before use.
struct MarkedText {
  let text: String
  let offsets: [String: Int]

  init(_ marked: String) {
    let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣"]
    var text = marked
    var offsets: [String: Int] = [:]
    while let (marker, range) = markers.compactMap({ marker in text.range(of: marker).map { (marker, $0) } })
      .min(by: { $0.1.lowerBound < $1.1.lowerBound })
    {
      offsets[marker] = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
      text.removeSubrange(range)
    }
    self.text = text
    self.offsets = offsets
  }

  subscript(_ marker: String) -> Int { offsets[marker]! }
}
