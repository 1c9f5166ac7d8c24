import Foundation
import FuzzDriver
import TestSupport

// The checks are `FuzzChecks.decode` (Tests/TestSupport/FuzzChecks.swift).
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in FuzzChecks.fuzz(.decode, data, size) })
