#pragma once

class QThreadPool;

namespace paylink {

// The threads Paylink Desk's own background work runs on: checks, totals,
// imports, exports, PDFs. Not QThreadPool::globalInstance(): Qt's raster
// painter splits large fills across that pool and waits for them, so a long
// job there (a quick_check of a big file) held up every repaint of the window
// for over a second (D43). Created on first use; jobs that wait for other jobs
// of this pool run those themselves when no thread is free.
QThreadPool *backgroundPool();

// Lowers the calling thread's scheduling priority (nice 10 on Linux), so that
// on a busy machine the GUI thread gets the processor before background work:
// on 2 cores a quick_check and a count took turns with the window and stalled
// it for 100 ms and more. Every background job calls it first; the thread
// keeps it. No-op where there is no per-thread nice.
void runInBackground();

} // namespace paylink
