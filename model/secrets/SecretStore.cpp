#include "SecretStore.h"

#include "core/AppInfo.h"
#include "core/Redactor.h"

#include <QEventLoop>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QPointer>
#include <QTimer>
#include <QUuid>

#include <qt6keychain/keychain.h>

#include <chrono>
#include <optional>

using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcSecrets, "paylink.secrets")

namespace paylink {

namespace {

struct State
{
    QMutex mutex;
    std::optional<SecretStore::Backend> backend;
    QString detail;
    QHash<QString, QString> session; // secrets kept for this process only
};

State &state()
{
    static State s;
    return s;
}

struct Outcome
{
    QKeychain::Error error = QKeychain::OtherError;
    QString errorString;
    QString text;
    bool timedOut = false;
};

// Runs one keychain job on a local event loop, without user input, until it
// finishes or `timeout` passes. A job that times out deletes itself later.
template<typename Job> Outcome runJob(Job *job, std::chrono::milliseconds timeout)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // never plain text in QSettings
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    job->start();
    timer.start(timeout);
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);

    Outcome outcome;
    if (!finished) {
        QObject::disconnect(job, nullptr, &loop, nullptr);
        job->setAutoDelete(true);
        outcome.timedOut = true;
        return outcome;
    }
    outcome.error = job->error();
    outcome.errorString = job->errorString();
    if constexpr (std::is_same_v<Job, QKeychain::ReadPasswordJob>)
        outcome.text = job->textData();
    job->deleteLater();
    return outcome;
}

constexpr auto kProbeTimeout = 15s;
// A locked keychain may ask the user to unlock it first.
constexpr auto kUseTimeout = 120s;

QString describe(const Outcome &o)
{
    if (o.timedOut)
        return QStringLiteral("no answer from the keychain in time");
    return QStringLiteral("QtKeychain error %1: %2").arg(int(o.error)).arg(o.errorString);
}

bool forcedSessionOnly()
{
    return qEnvironmentVariable("PAYLINK_KEYCHAIN") == QLatin1String("session");
}

void probe(State &s)
{
    if (forcedSessionOnly()) {
        s.backend = SecretStore::Backend::SessionOnly;
        s.detail = QStringLiteral("PAYLINK_KEYCHAIN=session is set");
        return;
    }
    const QString service = AppInfo::keychainService();
    const QString key =
        QStringLiteral("probe/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString value = QUuid::createUuid().toString(QUuid::WithoutBraces);

    auto *write = new QKeychain::WritePasswordJob(service);
    write->setKey(key);
    write->setTextData(value);
    const Outcome written = runJob(write, kProbeTimeout);
    if (written.timedOut || written.error != QKeychain::NoError) {
        s.backend = SecretStore::Backend::SessionOnly;
        s.detail = describe(written);
        return;
    }
    auto *read = new QKeychain::ReadPasswordJob(service);
    read->setKey(key);
    const Outcome back = runJob(read, kProbeTimeout);
    auto *drop = new QKeychain::DeletePasswordJob(service);
    drop->setKey(key);
    runJob(drop, kProbeTimeout);
    if (back.timedOut || back.error != QKeychain::NoError || back.text != value) {
        s.backend = SecretStore::Backend::SessionOnly;
        s.detail = back.error == QKeychain::NoError && !back.timedOut
            ? QStringLiteral("the keychain returned a different value than was written")
            : describe(back);
        return;
    }
    s.backend = SecretStore::Backend::Keychain;
    s.detail = QStringLiteral("keychain reachable");
}

} // namespace

SecretStore::SecretStore() = default;

SecretStore::Backend SecretStore::backend() const
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    if (!s.backend) {
        probe(s);
        qCInfo(lcSecrets).noquote()
            << (*s.backend == Backend::Keychain ? "OS keychain:" : "session only:") << s.detail;
    }
    return *s.backend;
}

QString SecretStore::sessionOnlyMessage() const
{
    if (backend() == Backend::Keychain)
        return {};
    return tr("No keychain is reachable on this desktop, so passwords and tokens are kept for "
              "this session only: they are never written to disk, and you will be asked for "
              "them again after a restart. Install and unlock a Secret Service keychain "
              "(such as GNOME Keyring or KWallet) to keep them.");
}

QString SecretStore::probeDetail() const
{
    backend();
    State &s = state();
    QMutexLocker lock(&s.mutex);
    return s.detail;
}

Result<std::optional<QString>> SecretStore::read(const QString &key) const
{
    if (backend() == Backend::SessionOnly) {
        State &s = state();
        QMutexLocker lock(&s.mutex);
        const auto it = s.session.constFind(key);
        if (it == s.session.constEnd())
            return std::optional<QString>();
        return std::optional<QString>(*it);
    }
    auto *job = new QKeychain::ReadPasswordJob(AppInfo::keychainService());
    job->setKey(key);
    const Outcome o = runJob(job, kUseTimeout);
    if (!o.timedOut && o.error == QKeychain::EntryNotFound)
        return std::optional<QString>();
    if (o.timedOut || o.error != QKeychain::NoError)
        return Error { tr("The keychain did not give the secret back. Unlock the keychain and "
                          "try again."),
                       describe(o) };
    Redactor::registerSecret(o.text);
    return std::optional<QString>(o.text);
}

Status SecretStore::write(const QString &key, const QString &value) const
{
    Redactor::registerSecret(value);
    if (backend() == Backend::SessionOnly) {
        State &s = state();
        QMutexLocker lock(&s.mutex);
        s.session.insert(key, value);
        return success();
    }
    auto *job = new QKeychain::WritePasswordJob(AppInfo::keychainService());
    job->setKey(key);
    job->setTextData(value);
    const Outcome o = runJob(job, kUseTimeout);
    if (o.timedOut || o.error != QKeychain::NoError)
        return Error { tr("The keychain did not store the secret. Unlock the keychain and try "
                          "again."),
                       describe(o) };
    return success();
}

Status SecretStore::remove(const QString &key) const
{
    bool wasInSession = false;
    {
        State &s = state();
        QMutexLocker lock(&s.mutex);
        wasInSession = s.session.remove(key) > 0;
    }
    if (backend() == Backend::SessionOnly) {
        // Kept for this session only: gone now. Otherwise it may sit in a
        // keychain we cannot reach; saying it was deleted would be untrue.
        if (wasInSession)
            return success();
        return Error { tr("No keychain is reachable, so the secret could not be deleted from "
                          "it. Delete it when the keychain is available, or delete the entry "
                          "“%1” of “%2” in the keychain by hand.")
                           .arg(key, AppInfo::keychainService()),
                       probeDetail() };
    }
    auto *job = new QKeychain::DeletePasswordJob(AppInfo::keychainService());
    job->setKey(key);
    const Outcome o = runJob(job, kUseTimeout);
    if (!o.timedOut && (o.error == QKeychain::NoError || o.error == QKeychain::EntryNotFound))
        return success();
    return Error { tr("The keychain did not delete the secret. Unlock the keychain and try "
                      "again, or delete the entry “%1” of “%2” in the keychain by hand.")
                       .arg(key, AppInfo::keychainService()),
                   describe(o) };
}

QString SecretStore::profileKey(const QString &profileUid, const QString &name)
{
    return QStringLiteral("profile/%1/%2").arg(profileUid, name);
}

void SecretStore::resetForTests()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    s.backend.reset();
    s.detail.clear();
    s.session.clear();
}

} // namespace paylink
