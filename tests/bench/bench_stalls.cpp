// The real window on a large database, measured from outside the way a window
// manager decides that a program is "not responding": this process sends the
// window _NET_WM_PING every 5 ms and times each answer. Qt answers a ping on
// the GUI thread, from its event loop, so the slowest answer during an action
// is that action's worst event-loop stall. Target: 50 ms (D43).
//
//   bench_stalls [--rows N] [--db PATH] [--keep] [--size WxH] [--shots DIR]
//
// Starts Xvfb and openbox on a free display, then paylink-desk on the
// database (generated as bench_table does when missing), and drives it with
// xdotool as a person would: open, select a row, Ctrl+End and Ctrl+Home,
// Page Down, a middle click on the scroll bar (a jump to the middle), sort by
// Amount both ways, and type a rare and a broad search. Needs Xvfb, openbox
// and xdotool; --shots also ImageMagick's import. Not a test: built by
// default, run by hand; it prints its figures.
#include "BenchData.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <xcb/xcb.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

using namespace paylink;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

qint64 nowNs()
{
    static QElapsedTimer clock;
    static std::once_flag started;
    std::call_once(started, [] { clock.start(); });
    return clock.nsecsElapsed();
}

xcb_atom_t atom(xcb_connection_t *c, const char *name)
{
    xcb_intern_atom_reply_t *reply =
        xcb_intern_atom_reply(c, xcb_intern_atom(c, 0, uint16_t(std::strlen(name)), name), nullptr);
    const xcb_atom_t a = reply ? reply->atom : xcb_atom_t(XCB_ATOM_NONE);
    std::free(reply);
    return a;
}

std::vector<uint32_t> cardinals(xcb_connection_t *c, xcb_window_t w, xcb_atom_t property,
                                xcb_atom_t type)
{
    std::vector<uint32_t> values;
    xcb_get_property_reply_t *reply =
        xcb_get_property_reply(c, xcb_get_property(c, 0, w, property, type, 0, 4096), nullptr);
    if (reply && reply->format == 32) {
        const auto *data = static_cast<const uint32_t *>(xcb_get_property_value(reply));
        values.assign(data, data + xcb_get_property_value_length(reply) / 4);
    }
    std::free(reply);
    return values;
}

// Pings the window from a thread of its own, on a connection of its own.
class Pinger
{
public:
    struct Ping
    {
        qint64 sent;
        qint64 answered = -1;
    };

    Pinger(const QByteArray &display, xcb_window_t window)
        : m_window(window)
    {
        m_c = xcb_connect(display.constData(), nullptr);
        m_root = xcb_setup_roots_iterator(xcb_get_setup(m_c)).data->root;
        m_protocols = atom(m_c, "WM_PROTOCOLS");
        m_ping = atom(m_c, "_NET_WM_PING");
        // Qt sends its answer to the root window, to the clients that listen
        // there for structure changes (and to the window manager).
        const uint32_t mask = XCB_EVENT_MASK_STRUCTURE_NOTIFY;
        xcb_change_window_attributes(m_c, m_root, XCB_CW_EVENT_MASK, &mask);
        xcb_flush(m_c);
        m_thread = std::thread([this] { run(); });
    }
    ~Pinger()
    {
        m_stop = true;
        m_thread.join();
        xcb_disconnect(m_c);
    }

    // The slowest answer to a ping sent in [from, to]; one still unanswered
    // counts until now.
    double worstMs(qint64 from, qint64 to, int *count = nullptr) const
    {
        std::lock_guard lock(m_mutex);
        const qint64 now = nowNs();
        qint64 worst = 0;
        int n = 0;
        for (const Ping &p : m_pings) {
            if (p.sent < from || p.sent > to)
                continue;
            ++n;
            worst = std::max(worst, (p.answered < 0 ? now : p.answered) - p.sent);
        }
        if (count)
            *count = n;
        return double(worst) / 1e6;
    }

private:
    void run()
    {
        constexpr qint64 kEveryNs = 5'000'000;
        qint64 next = nowNs();
        while (!m_stop) {
            while (xcb_generic_event_t *e = xcb_poll_for_event(m_c)) {
                if ((e->response_type & 0x7f) == XCB_CLIENT_MESSAGE) {
                    const auto *m = reinterpret_cast<const xcb_client_message_event_t *>(e);
                    if (m->type == m_protocols && m->data.data32[0] == m_ping
                        && m->data.data32[2] == m_window) {
                        const qint64 at = nowNs();
                        std::lock_guard lock(m_mutex);
                        const uint32_t seq = m->data.data32[1] - kFirstSeq;
                        if (seq < m_pings.size() && m_pings[seq].answered < 0)
                            m_pings[seq].answered = at;
                    }
                }
                std::free(e);
            }
            if (nowNs() >= next) {
                xcb_client_message_event_t ping {};
                ping.response_type = XCB_CLIENT_MESSAGE;
                ping.format = 32;
                ping.window = m_window;
                ping.type = m_protocols;
                {
                    std::lock_guard lock(m_mutex);
                    ping.data.data32[1] = kFirstSeq + uint32_t(m_pings.size());
                    m_pings.push_back({ nowNs() });
                }
                ping.data.data32[0] = m_ping;
                ping.data.data32[2] = m_window;
                xcb_send_event(m_c, 0, m_window, XCB_EVENT_MASK_NO_EVENT,
                               reinterpret_cast<const char *>(&ping));
                xcb_flush(m_c);
                next += kEveryNs;
            }
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        }
    }

    static constexpr uint32_t kFirstSeq = 0x50000000; // not a real server time
    xcb_connection_t *m_c = nullptr;
    xcb_window_t m_root = 0;
    xcb_window_t m_window;
    xcb_atom_t m_protocols = 0;
    xcb_atom_t m_ping = 0;
    std::atomic_bool m_stop = false;
    mutable std::mutex m_mutex;
    std::vector<Ping> m_pings;
    std::thread m_thread;
};

struct Session
{
    QProcessEnvironment env;
    QByteArray display;
    QString shots;
    int shot = 0;

    void xdotool(const QStringList &args) const
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("xdotool"), args);
        p.waitForFinished(30000);
    }
    void screenshot(const QString &name)
    {
        if (shots.isEmpty())
            return;
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("import"),
                { QStringLiteral("-window"), QStringLiteral("root"),
                  QDir(shots).filePath(
                      QStringLiteral("%1-%2.png").arg(++shot, 2, 10, QChar(u'0')).arg(name)) });
        p.waitForFinished(30000);
    }
};

void sleepMs(int ms)
{
    QThread::msleep(ulong(ms));
}

bool report(const char *what, double worstMs, int pings)
{
    const bool pass = worstMs <= 50;
    out() << QStringLiteral("%1 worst stall %2 ms   target <= 50 ms   %3   (%4 pings)")
                 .arg(QString::fromUtf8(what).leftJustified(40, u' '))
                 .arg(worstMs, 7, 'f', 1)
                 .arg(pass ? QStringLiteral("PASS") : QStringLiteral("OVER"))
                 .arg(pings)
          << Qt::endl;
    return pass;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Event-loop stalls of the real window, measured with _NET_WM_PING."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("rows"),
                       QStringLiteral("Rows to generate (default 1000000)."), QStringLiteral("N"),
                       QStringLiteral("1000000") });
    parser.addOption({ QStringLiteral("db"),
                       QStringLiteral("Database to use; reused if it exists, else generated."),
                       QStringLiteral("PATH") });
    parser.addOption({ QStringLiteral("keep"), QStringLiteral("Keep the generated database.") });
    parser.addOption({ QStringLiteral("shots"),
                       QStringLiteral("Write a screenshot after each action into DIR."),
                       QStringLiteral("DIR") });
    parser.addOption({ QStringLiteral("app"), QStringLiteral("The paylink-desk to run."),
                       QStringLiteral("PATH"), QStringLiteral(PAYLINK_DESK_APP) });
    parser.process(app);

    const qint64 rows = parser.value(QStringLiteral("rows")).toLongLong();
    if (rows < 1) {
        std::fprintf(stderr, "--rows takes a positive number\n");
        return 2;
    }
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("bench.sqlite"));
        if (parser.isSet(QStringLiteral("keep"))) {
            dir.setAutoRemove(false);
            out() << "keeping " << path << Qt::endl;
        }
    }
    if (QFileInfo::exists(path)) {
        out() << "reusing " << path << Qt::endl;
    } else {
        out() << "generating " << rows << " payments into " << path << Qt::endl;
        if (!bench::generate(path, rows))
            return 1;
    }

    // A screen of the window's own, with a window manager, as a desktop has.
    constexpr int kWidth = 1400, kHeight = 900;
    Session s;
    s.shots = parser.value(QStringLiteral("shots"));
    if (!s.shots.isEmpty())
        QDir().mkpath(s.shots);
    s.env = QProcessEnvironment::systemEnvironment();
    for (const char *sub : { "home", "config", "data", "cache", "state", "runtime" })
        QDir().mkpath(dir.filePath(QString::fromLatin1(sub)));
    QFile::setPermissions(dir.filePath(QStringLiteral("runtime")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    s.env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
    s.env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    s.env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    s.env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    s.env.insert(QStringLiteral("XDG_STATE_HOME"), dir.filePath(QStringLiteral("state")));
    s.env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.filePath(QStringLiteral("runtime")));
    s.env.insert(QStringLiteral("PAYLINK_KEYCHAIN"), QStringLiteral("session"));
    s.env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    s.env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    s.env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    s.env.remove(QStringLiteral("WAYLAND_DISPLAY"));

    QProcess xvfb;
    xcb_connection_t *c = nullptr;
    for (int attempt = 0; attempt < 20 && !c; ++attempt) {
        s.display = ":" + QByteArray::number(600 + QRandomGenerator::global()->bounded(3000));
        xvfb.start(QStringLiteral("Xvfb"),
                   { QString::fromLatin1(s.display), QStringLiteral("-screen"), QStringLiteral("0"),
                     QStringLiteral("%1x%2x24").arg(kWidth).arg(kHeight),
                     QStringLiteral("-nolisten"), QStringLiteral("tcp") });
        if (!xvfb.waitForStarted(5000)) {
            std::fprintf(stderr, "Xvfb could not be started; install xvfb\n");
            return 1;
        }
        for (int i = 0; i < 100 && !c && xvfb.state() == QProcess::Running; ++i) {
            sleepMs(50);
            xcb_connection_t *tried = xcb_connect(s.display.constData(), nullptr);
            if (xcb_connection_has_error(tried))
                xcb_disconnect(tried);
            else
                c = tried;
        }
        if (!c) {
            xvfb.kill();
            xvfb.waitForFinished();
        }
    }
    if (!c) {
        std::fprintf(stderr, "no X display came up\n");
        return 1;
    }
    s.env.insert(QStringLiteral("DISPLAY"), QString::fromLatin1(s.display));
    const xcb_window_t root = xcb_setup_roots_iterator(xcb_get_setup(c)).data->root;
    const xcb_atom_t wmCheck = atom(c, "_NET_SUPPORTING_WM_CHECK");
    const xcb_atom_t clientList = atom(c, "_NET_CLIENT_LIST");
    const xcb_atom_t wmPid = atom(c, "_NET_WM_PID");

    QProcess openbox;
    openbox.setProcessEnvironment(s.env);
    openbox.start(QStringLiteral("openbox"), {});
    // Until it manages the screen: a window mapped while it starts stays unmapped.
    for (int i = 0; i < 200 && cardinals(c, root, wmCheck, XCB_ATOM_WINDOW).empty(); ++i)
        sleepMs(50);

    const auto stop = [&](QProcess &p) {
        p.terminate();
        if (!p.waitForFinished(5000)) {
            p.kill();
            p.waitForFinished();
        }
    };

    QProcess desk;
    desk.setProcessEnvironment(s.env);
    desk.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    desk.setStandardOutputFile(QProcess::nullDevice());
    const qint64 started = nowNs();
    desk.start(parser.value(QStringLiteral("app")), { QStringLiteral("--db"), path });
    if (!desk.waitForStarted(10000)) {
        std::fprintf(stderr, "%s could not be started\n",
                     qPrintable(parser.value(QStringLiteral("app"))));
        return 1;
    }
    xcb_window_t window = 0;
    for (int i = 0; i < 1200 && !window; ++i) {
        for (uint32_t w : cardinals(c, root, clientList, XCB_ATOM_WINDOW)) {
            const auto pid = cardinals(c, w, wmPid, XCB_ATOM_CARDINAL);
            if (!pid.empty() && qint64(pid.front()) == desk.processId())
                window = w;
        }
        if (!window)
            sleepMs(50);
    }
    if (!window) {
        std::fprintf(stderr, "no Paylink Desk window within 60 s\n");
        stop(desk);
        return 1;
    }
    const QString win = QString::number(window);
    Pinger pinger(s.display, window);
    const double shownMs = double(nowNs() - started) / 1e6;

    out() << QStringLiteral("window shown %1 ms after start; %2x%3 on display %4")
                 .arg(shownMs, 0, 'f', 0)
                 .arg(kWidth)
                 .arg(kHeight)
                 .arg(QString::fromLatin1(s.display))
          << Qt::endl;

    // Each action: what is done, then a quiet time in which the background
    // work it started (a count over a million rows, bookmarks) finishes.
    bool allPass = true;
    const auto measure = [&](const char *what, const std::function<void()> &act, int settleMs,
                             const char *shot) {
        const qint64 from = nowNs();
        act();
        sleepMs(settleMs);
        int pings = 0;
        const double worst = pinger.worstMs(from, nowNs(), &pings);
        allPass = report(what, worst, pings) && allPass;
        s.screenshot(QString::fromLatin1(shot));
    };
    // Where the 1400x900 window, with its first-start layout, has them.
    const QString rowX = QStringLiteral("400"), rowY = QStringLiteral("170");
    const QString barX = QStringLiteral("1049"), barY = QStringLiteral("500");
    const QString amountX = QStringLiteral("628"), headerY = QStringLiteral("105");
    const auto key = [&](const char *keys) {
        s.xdotool(
            QStringList { QStringLiteral("key"), QStringLiteral("--delay"), QStringLiteral("60") }
            + QString::fromLatin1(keys).split(u' '));
    };
    const auto click = [&](const QString &x, const QString &y, const char *button = "1") {
        s.xdotool({ QStringLiteral("mousemove"), x, y, QStringLiteral("click"),
                    QString::fromLatin1(button) });
    };

    measure(
        "open (until 5 s after shown)", [] {}, 5000, "open");
    measure(
        "fill the screen (as maximising does)",
        [&] {
            s.xdotool({ QStringLiteral("windowmove"), win, QStringLiteral("0"), QStringLiteral("0"),
                        QStringLiteral("windowsize"), win, QString::number(kWidth),
                        QString::number(kHeight) });
            s.xdotool({ QStringLiteral("windowactivate"), QStringLiteral("--sync"), win });
        },
        2000, "maximised");
    measure(
        "select a row", [&] { click(rowX, rowY); }, 1000, "select");
    measure(
        "jump to the end (Ctrl+End)", [&] { key("ctrl+End"); }, 3000, "end");
    measure(
        "jump to the start (Ctrl+Home)", [&] { key("ctrl+Home"); }, 3000, "start");
    measure(
        "page down x10",
        [&] {
            for (int i = 0; i < 10; ++i)
                key("Next");
        },
        3000, "pagedown");
    measure(
        "scroll bar to the middle (middle click)", [&] { click(barX, barY, "2"); }, 4000, "middle");
    measure(
        "sort by Amount", [&] { click(amountX, headerY); }, 4000, "sort-amount");
    measure(
        "sort by Amount, other way", [&] { click(amountX, headerY); }, 4000, "sort-amount-desc");
    measure(
        "search rare \"Quetzal\" (typed)",
        [&] {
            key("ctrl+f");
            s.xdotool({ QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("120"),
                        QStringLiteral("Quetzal") });
        },
        4000, "search-rare");
    measure(
        "search broad \"ba\" (typed)",
        [&] {
            key("ctrl+a BackSpace");
            s.xdotool({ QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("120"),
                        QStringLiteral("ba") });
        },
        5000, "search-broad");
    measure(
        "clear the search (all rows back)", [&] { key("Escape"); }, 5000, "search-clear");

    stop(desk);
    stop(openbox);
    xcb_disconnect(c);
    stop(xvfb);
    out() << (allPass ? "every action within 50 ms" : "some action stalled over 50 ms") << Qt::endl;
    return allPass ? 0 : 1;
}
