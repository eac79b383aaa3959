#pragma once

#include <QString>

namespace paylink::bench {

// Writes `rows` generated payments into a new database at `path`: names in
// several scripts, one row in 10,000 with the rare surname "Quetzalcoatl",
// five currencies, and links of real length. Prints what fails to stderr.
bool generate(const QString &path, qint64 rows);

} // namespace paylink::bench
