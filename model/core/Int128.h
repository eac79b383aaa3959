#pragma once

namespace paylink {

// Exact sums of money (docs/DECISIONS.md D9). GCC and Clang provide 128-bit
// integers; __extension__ keeps -Wpedantic quiet about it.
__extension__ typedef __int128 Int128;
__extension__ typedef unsigned __int128 UInt128;

} // namespace paylink
