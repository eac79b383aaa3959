#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace paylink {

// The per-driver part of substring search (docs/DECISIONS.md D8).
class SearchStrategy
{
public:
    virtual ~SearchStrategy() = default;

    static std::unique_ptr<SearchStrategy> forDriver(const QString &driverName);

    // Statements that create (and fill) the search index; run by a migration.
    virtual QStringList createStatements() const = 0;
    // Schemas 3 to 6 let the index lag behind a bulk import: a
    // `search_backlog` table and triggers that skip the rows it named. Kept
    // as those migrations wrote them; schema 7 removes both (D31).
    virtual QStringList backlogStatements() const { return {}; }
    virtual QStringList backlogTriggerStatements() const { return {}; }
    // The triggers that keep the index in step with every write to
    // `payments`, whoever makes it, as schema 7 has them.
    virtual QStringList triggerStatements() const { return {}; }
    // The index's own check against the table; the rebuild that repairs it.
    virtual QString checkStatement() const { return {}; }
    virtual QString rebuildStatement() const { return {}; }
    // A condition on `payments` (aliased `p`) matching `term` in order ref,
    // customer name or e-mail, with its bind values appended to `binds`.
    virtual QString condition(const QString &term, QVariantList &binds) const = 0;

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
    QString condition(const QString &term, QVariantList &binds) const override;
};

// SQLite: an FTS5 trigram index kept by triggers; short terms fall back to
// LIKE.
class SqliteTrigramSearch : public LikeSearch
{
public:
    QStringList createStatements() const override;
    QStringList backlogStatements() const override;
    QStringList backlogTriggerStatements() const override;
    QStringList triggerStatements() const override;
    QString checkStatement() const override;
    QString rebuildStatement() const override;
    QString condition(const QString &term, QVariantList &binds) const override;
    // SQLite's documented way: a unary "+" keeps a term off the indexes.
    QString unindexed(const QString &expression) const override { return u'+' + expression; }
};

} // namespace paylink
