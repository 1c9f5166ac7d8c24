import AssayCore
import Extraction
import Foundation
import TestSupport

/// A seed article extracted the way `assay analyze` does it.
func seedDocument(_ name: String) throws -> Document {
    try Extractor().extract(.file(path: Repository.seed(name).path))
}
