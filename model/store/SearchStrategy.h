#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>
#include <optional>

namespace paylink {

// The per-driver part of substring search (docs/DECISIONS.md D8).
class SearchStrategy
{
public:
    virtual ~SearchStrategy() = default;

    static std::unique_ptr<SearchStrategy> forDriver(const QString &driverName);

    // Statements that create (and fill) the search index; run by a migration.
    virtual QStringList createStatements() const = 0;
    // Statements that let the search index lag behind a bulk import (the
    // `search_backlog` table and triggers that skip the rows it names); run by
    // a later migration. Empty when the index is never behind.
    virtual QStringList backlogStatements() const { return {}; }
    // The triggers that keep the index, as the latest schema has them.
    virtual QStringList triggerStatements() const { return {}; }
    // A condition on `payments` (aliased `p`) matching `term` in order ref,
    // customer name or e-mail, with its bind values appended to `binds`.
    // Payments from id `unindexedFrom` on are not in the index yet (D31).
    virtual QString condition(const QString &term, QVariantList &binds,
                              std::optional<qint64> unindexedFrom = {}) const = 0;

    // `expression` written so that the planner does not use an index for it.
    // When most rows match a filter, walking the sort order's index and
    // testing each row beats fetching every match and sorting them.
    virtual QString unindexed(const QString &expression) const { return expression; }
};

// Portable: LIKE over the three columns.
class LikeSearch : public SearchStrategy
{
public:
    QStringList createStatements() const override { return {}; }
    QString condition(const QString &term, QVariantList &binds,
                      std::optional<qint64> unindexedFrom = {}) const override;
};

// SQLite: an FTS5 trigram index kept by triggers; short terms fall back to
// LIKE, and so do rows a bulk import left to SearchBacklog (D31).
class SqliteTrigramSearch : public LikeSearch
{
public:
    QStringList createStatements() const override;
    QStringList backlogStatements() const override;
    QStringList triggerStatements() const override;
    QString condition(const QString &term, QVariantList &binds,
                      std::optional<qint64> unindexedFrom = {}) const override;
    // SQLite's documented way: a unary "+" keeps a term off the indexes.
    QString unindexed(const QString &expression) const override { return u'+' + expression; }
};

} // namespace paylink
