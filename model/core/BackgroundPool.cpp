#include "BackgroundPool.h"

#include <QThreadPool>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace paylink {

QThreadPool *backgroundPool()
{
    static QThreadPool pool;
    return &pool;
}

void runInBackground()
{
#ifdef Q_OS_LINUX
    thread_local bool lowered = false;
    if (!lowered) {
        lowered = true;
        setpriority(PRIO_PROCESS, id_t(gettid()), 10);
    }
#endif
}

} // namespace paylink
