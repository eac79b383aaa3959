#pragma once

// Starts tests/bitrix24/fake_portal.py (a real HTTPS server on 127.0.0.1 with a
// CA made for the test) and talks to its control API.
#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace paylink::test {

class FakePortal
{
public:
    explicit FakePortal(const QStringList &extraArgs = {})
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(
            python,
            QStringList { QStringLiteral(PAYLINK_TESTS_SOURCE_DIR "/bitrix24/fake_portal.py"),
                          QStringLiteral("--dir"), m_dir.path(), QStringLiteral("--port"),
                          QStringLiteral("0") }
                + extraArgs);
        if (!m_process.waitForStarted(10000))
            return;
        QByteArray line;
        for (int i = 0; i < 300 && !line.contains('\n'); ++i) {
            m_process.waitForReadyRead(100);
            line += m_process.readAllStandardOutput();
        }
        // READY port=<N> ca=<path>
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() == 3 && parts.at(0) == "READY") {
            m_port = parts.at(1).mid(5).toInt();
            m_caPath = QString::fromUtf8(parts.at(2).mid(3));
        }
    }
    ~FakePortal()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }

    bool isReady() const { return m_port > 0; }
    QString startError() { return QString::fromUtf8(m_process.readAllStandardError()); }
    int port() const { return m_port; }
    QString caPath() const { return m_caPath; }
    QString otherCaPath() const { return m_dir.filePath(QStringLiteral("other-ca.pem")); }
    QList<QSslCertificate> ca() const { return QSslCertificate::fromPath(m_caPath, QSsl::Pem); }
    QString base() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_port); }
    QString webhook(const QString &code = QStringLiteral("testcode123")) const
    {
        return base() + QStringLiteral("/rest/1/") + code + u'/';
    }

    // POST /_control; true when the server accepted it.
    bool control(const QJsonObject &body)
    {
        return request("POST", QStringLiteral("/_control"), body).has_value();
    }
    QJsonObject stats()
    {
        return request("GET", QStringLiteral("/_stats"), {}).value_or(QJsonObject {});
    }

private:
    std::optional<QJsonObject> request(const QByteArray &verb, const QString &path,
                                       const QJsonObject &body)
    {
        QNetworkAccessManager network;
        QNetworkRequest r(QUrl(base() + path));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(ca());
        r.setSslConfiguration(ssl);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = network.sendCustomRequest(
            r, verb, verb == "GET" ? QByteArray() : QJsonDocument(body).toJson());
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        std::optional<QJsonObject> out;
        if (reply->isFinished() && reply->error() == QNetworkReply::NoError)
            out = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return out;
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
    QString m_caPath;
};

} // namespace paylink::test
