#include "HugePages.h"

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace paylink {

void adviseHugePages(void *data, qsizetype bytes)
{
#ifdef Q_OS_LINUX
    constexpr quintptr huge = quintptr(2) << 20;
    const quintptr begin = (quintptr(data) + huge - 1) & ~(huge - 1);
    const quintptr end = (quintptr(data) + quintptr(bytes)) & ~(huge - 1);
    if (end > begin)
        (void)madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
#else
    Q_UNUSED(data);
    Q_UNUSED(bytes);
#endif
}

} // namespace paylink
