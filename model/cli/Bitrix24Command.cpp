#include "Bitrix24Options.h"
#include "Command.h"

#include "bitrix24/Bitrix24Client.h"
#include "bitrix24/Bitrix24Payments.h"
#include "core/Money.h"
#include "core/Redactor.h"
#include "secrets/SecretFile.h"
#include "secrets/SecretStore.h"
#include "store/Database.h"
#include "store/PaymentStore.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace paylink::cli {

namespace {

class Bitrix24Options
{
    Q_DECLARE_TR_FUNCTIONS(paylink::cli::Bitrix24Options)
};
using Connection = Bitrix24Connection;

// Payments of a saved portal carry its id (D28); the others none.
std::optional<qint64> profileIdOf(const Connection &c)
{
    return c.profile ? std::optional<qint64>(c.profile->id) : std::nullopt;
}

class Bitrix24Base : public Command
{
public:
    void addOptions(QCommandLineParser &parser) const override { addBitrix24Options(parser, true); }

protected:
    // Runs `start` with a client and waits on a local event loop until it
    // calls `finished`.
    // A refresh rotates both tokens: a saved portal keeps the new pair at once
    // (the old refresh token no longer works). A token file is never written.
    template<typename Start> void withClient(const Connection &c, Io io, Start start) const
    {
        Bitrix24Client client(c.portal, c.credentials);
        QEventLoop loop;
        bool done = false;
        QObject::connect(
            &client, &Bitrix24Client::tokensRotated, &client,
            [&c, io](const QString &access, const QString &refresh) {
                if (!c.profile) {
                    io.err << Bitrix24Options::tr("Note: the portal issued new tokens; the token "
                                                  "file keeps the old ones, whose refresh token "
                                                  "no longer works. Save the portal (paylink "
                                                  "profile add bitrix24) to keep them.")
                           << '\n';
                    return;
                }
                SecretStore secrets;
                if (Status s = Bitrix24Portals::saveTokens(secrets, *c.profile, access, refresh);
                    !s)
                    io.err << Bitrix24Options::tr("Warning: the new tokens could not be saved: "
                                                  "%1")
                                  .arg(s.error().message)
                           << '\n';
            });
        start(client, [&done, &loop] {
            done = true;
            loop.quit();
        });
        if (!done)
            loop.exec();
    }

    int remoteFailure(Io io, const Bitrix24Error &e) const
    {
        io.err << e.message() << '\n';
        qWarning().noquote() << Redactor::redact(e.detail());
        return ExitRemote;
    }
};

class UrlCommand : public Bitrix24Base
{
    Q_DECLARE_TR_FUNCTIONS(paylink::cli::Bitrix24UrlCommand)

public:
    QString name() const override { return QStringLiteral("bitrix24 url"); }
    QString summary() const override
    {
        return tr("Print the public link of payments: id, url and short url.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        Bitrix24Base::addOptions(parser);
        parser.addOption({ QStringLiteral("id"),
                           tr("Payment ids: N, N,N,… or A-B (through batch, 50 a call)."),
                           tr("IDS") });
        parser.addOption({ QStringLiteral("save"), tr("Also store the links as payments.") });
    }

    int execute(const QCommandLineParser &parser, Io io) const override
    {
        if (!parser.isSet(QStringLiteral("id")))
            return usageError(io, name(), tr("--id is required."));
        const Result<QList<qint64>> ids =
            Bitrix24Payments::parseIds(parser.value(QStringLiteral("id")));
        if (!ids)
            return usageError(io, name(), tr("--id: %1").arg(ids.error().message));
        Connection c;
        if (int code = bitrix24Connection(parser, io, name(), &c); code != ExitOk)
            return code;
        std::unique_ptr<Database> db;
        if (parser.isSet(QStringLiteral("save"))) {
            auto opened = openDatabase(parser);
            if (!opened)
                return fail(io, ExitInvalidData, opened.error());
            db = std::move(opened).value();
        }

        QList<Bitrix24Client::UrlOutcome> outcomes;
        withClient(c, io, [&](Bitrix24Client &client, auto finished) {
            if (ids->size() == 1) {
                const qint64 id = ids->constFirst();
                client.publicUrl(id,
                                 [&, id, finished](Result<Bitrix24Reply::PublicUrl> url,
                                                   std::optional<Bitrix24Error> error) {
                                     Bitrix24Client::UrlOutcome o { id, std::nullopt, error };
                                     if (url)
                                         o.url = *url;
                                     else if (!error) {
                                         Bitrix24Error e;
                                         e.kind = Bitrix24Error::Kind::BadResponse;
                                         e.description = url.error().detail;
                                         o.error = e;
                                     }
                                     outcomes.append(o);
                                     finished();
                                 });
                return;
            }
            client.publicUrls(*ids, {}, {},
                              [&, finished](const QList<Bitrix24Client::UrlOutcome> &list) {
                                  outcomes = list;
                                  finished();
                              });
        });

        int code = ExitOk;
        for (const Bitrix24Client::UrlOutcome &o : outcomes) {
            if (o.error) {
                if (o.error->kind == Bitrix24Error::Kind::Moved) {
                    io.err << o.error->message() << '\n';
                    return ExitRemote;
                }
                io.err << o.id << '\t' << o.error->codeOrKind() << '\t' << o.error->message()
                       << '\n';
                code = ExitRemote;
                continue;
            }
            io.out << o.id << '\t' << o.url->url << '\t' << o.url->shortUrl << '\n';
            if (o.url->qrRejected)
                io.err << tr("Note: payment %1: the portal's QR image is broken; Paylink Desk "
                             "draws its own from the short link.")
                              .arg(o.id)
                       << '\n';
            if (db) {
                PaymentStore store(*db);
                if (Status s = Bitrix24Payments::saveLink(store, profileIdOf(c), o.id, *o.url); !s)
                    return fail(io, ExitInvalidData, s.error());
            }
        }
        return code;
    }
};

class SyncCommand : public Bitrix24Base
{
    Q_DECLARE_TR_FUNCTIONS(paylink::cli::Bitrix24SyncCommand)

public:
    QString name() const override { return QStringLiteral("bitrix24 sync"); }
    QString summary() const override
    {
        return tr("Pull the payments of a deal (2) or an invoice (31) into the database.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        Bitrix24Base::addOptions(parser);
        parser.addOption(
            { QStringLiteral("entity-type"), tr("2 (deal) or 31 (invoice)."), tr("T") });
        parser.addOption(
            { QStringLiteral("entity-id"), tr("The deal's or invoice's id."), tr("N") });
    }

    int execute(const QCommandLineParser &parser, Io io) const override
    {
        const QString type = parser.value(QStringLiteral("entity-type"));
        if (type != QLatin1String("2") && type != QLatin1String("31"))
            return usageError(io, name(), tr("--entity-type is 2 (deal) or 31 (invoice)."));
        bool ok = false;
        const qint64 entity = parser.value(QStringLiteral("entity-id")).toLongLong(&ok);
        if (!ok || entity <= 0)
            return usageError(io, name(), tr("--entity-id N is required (a positive number)."));
        Connection c;
        if (int code = bitrix24Connection(parser, io, name(), &c); code != ExitOk)
            return code;
        auto db = openDatabase(parser);
        if (!db)
            return fail(io, ExitInvalidData, db.error());

        Bitrix24Reply::Envelope env;
        withClient(c, io, [&](Bitrix24Client &client, auto finished) {
            client.call(QStringLiteral("crm.item.payment.list"),
                        { { QStringLiteral("entityTypeId"), type.toInt() },
                          { QStringLiteral("entityId"), entity } },
                        [&env, finished](const Bitrix24Reply::Envelope &e) {
                            env = e;
                            finished();
                        });
        });
        if (env.error)
            return remoteFailure(io, *env.error);
        const auto payments = Bitrix24Reply::payments(env.result);
        if (!payments)
            return fail(io, ExitRemote, payments.error());
        PaymentStore store(**db);
        const Result<QList<Payment>> saved =
            Bitrix24Payments::saveSynced(store, profileIdOf(c), *payments);
        if (!saved)
            return fail(io, ExitInvalidData, saved.error());
        for (qsizetype i = 0; i < saved->size(); ++i) {
            const Payment &p = saved->at(i);
            io.out << p.id << '\t' << payments->at(i).id << '\t' << statusName(p.status) << '\t'
                   << Money::plain(p.amountMinor, p.currency) << '\t' << p.currency << '\n';
        }
        io.err << tr("Synchronised %n payment(s).", nullptr, int(payments->size())) << '\n';
        return ExitOk;
    }
};

class PayCommand : public Bitrix24Base
{
    Q_DECLARE_TR_FUNCTIONS(paylink::cli::Bitrix24PayCommand)

public:
    explicit PayCommand(bool pay)
        : m_pay(pay)
    { }
    QString name() const override
    {
        return m_pay ? QStringLiteral("bitrix24 pay") : QStringLiteral("bitrix24 unpay");
    }
    QString summary() const override
    {
        return m_pay ? tr("Mark a payment paid in Bitrix24.")
                     : tr("Mark a payment unpaid in Bitrix24.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        Bitrix24Base::addOptions(parser);
        parser.addOption({ QStringLiteral("id"), tr("The Bitrix24 payment id."), tr("N") });
    }

    int execute(const QCommandLineParser &parser, Io io) const override
    {
        bool ok = false;
        const qint64 id = parser.value(QStringLiteral("id")).toLongLong(&ok);
        if (!ok || id <= 0)
            return usageError(io, name(), tr("--id N is required (a positive number)."));
        Connection c;
        if (int code = bitrix24Connection(parser, io, name(), &c); code != ExitOk)
            return code;
        Bitrix24Reply::Envelope env;
        withClient(c, io, [&](Bitrix24Client &client, auto finished) {
            client.call(m_pay ? QStringLiteral("crm.item.payment.pay")
                              : QStringLiteral("crm.item.payment.unpay"),
                        { { QStringLiteral("id"), id } },
                        [&env, finished](const Bitrix24Reply::Envelope &e) {
                            env = e;
                            finished();
                        });
        });
        if (env.error)
            return remoteFailure(io, *env.error);
        if (env.result != QJsonValue(true))
            return fail(io, ExitRemote,
                        { tr("Bitrix24 did not confirm the change."),
                          QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("result"),
                                                                          env.result } })
                                                .toJson(QJsonDocument::Compact)) });
        // The local copy follows, when there is one.
        if (auto db = openDatabase(parser); db) {
            PaymentStore store(**db);
            if (Status s = Bitrix24Payments::markLocal(store, profileIdOf(c), id, m_pay); !s)
                io.err << tr("Warning: the local copy was not updated: %1").arg(s.error().message)
                       << '\n';
        }
        io.err << (m_pay ? tr("Payment %1 is paid in Bitrix24.")
                         : tr("Payment %1 is unpaid in Bitrix24."))
                      .arg(id)
               << '\n';
        return ExitOk;
    }

private:
    bool m_pay;
};

class Bitrix24Command : public Command
{
    Q_DECLARE_TR_FUNCTIONS(paylink::cli::Bitrix24Command)

public:
    QString name() const override { return QStringLiteral("bitrix24"); }
    QString summary() const override { return tr("Bitrix24 payments: url, sync, pay, unpay."); }
    void addOptions(QCommandLineParser &) const override { }
    int execute(const QCommandLineParser &, Io) const override { return ExitUsage; }

    int run(const QStringList &args, Io io) const override
    {
        const QString sub = args.isEmpty() ? QString() : args.constFirst();
        if (sub == QLatin1String("url"))
            return UrlCommand().run(args.mid(1), io);
        if (sub == QLatin1String("sync"))
            return SyncCommand().run(args.mid(1), io);
        if (sub == QLatin1String("pay") || sub == QLatin1String("unpay"))
            return PayCommand(sub == QLatin1String("pay")).run(args.mid(1), io);
        if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
            io.out << tr("Usage: paylink bitrix24 url|sync|pay|unpay [options]") << '\n'
                   << "  url     " << UrlCommand().summary() << '\n'
                   << "  sync    " << SyncCommand().summary() << '\n'
                   << "  pay     " << PayCommand(true).summary() << '\n'
                   << "  unpay   " << PayCommand(false).summary() << '\n';
            return ExitOk;
        }
        return usageError(io, name(),
                          sub.isEmpty() ? tr("give a sub-command: url, sync, pay or unpay.")
                                        : tr("unknown sub-command “%1”; use url, sync, pay or "
                                             "unpay.")
                                              .arg(sub));
    }
};

} // namespace

std::unique_ptr<Command> makeBitrix24Command()
{
    return std::make_unique<Bitrix24Command>();
}

} // namespace paylink::cli
