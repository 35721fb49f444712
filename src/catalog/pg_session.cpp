// The statement class follows Poco 1.11's PostgreSQLStatementImpl (same executor,
// binder and extractor), with one difference: compileImpl() prepares the
// translated SQL. Poco's own class hands the text to libpq unchanged, which
// knows only `$n` placeholders.
#include "catalog/pg_session.h"

#include <Poco/Data/PostgreSQL/Binder.h>
#include <Poco/Data/PostgreSQL/Extractor.h>
#include <Poco/Data/PostgreSQL/PostgreSQLException.h>
#include <Poco/Data/PostgreSQL/SessionImpl.h>
#include <Poco/Data/PostgreSQL/StatementExecutor.h>
#include <Poco/Data/StatementImpl.h>

#include <libpq-fe.h>

#include "catalog/dialect.h"

namespace kc::catalog {
namespace {

namespace pg = Poco::Data::PostgreSQL;

class TranslatingStatement : public Poco::Data::StatementImpl {
public:
    explicit TranslatingStatement(pg::SessionImpl& session)
        : Poco::Data::StatementImpl(session),
          m_exec(session.handle()),
          m_binder(new pg::Binder),
          m_extractor(new pg::Extractor(m_exec)) {}

protected:
    std::size_t columnsReturned() const override { return m_exec.columnsReturned(); }
    int affectedRowCount() const override { return static_cast<int>(m_exec.getAffectedRowCount()); }
    const Poco::Data::MetaColumn& metaColumn(std::size_t pos) const override { return m_exec.metaColumn(pos); }

    bool hasNext() override {
        if (m_next == Next::unknown) {
            if (columnsReturned() == 0) return false;
            m_next = m_exec.fetch() ? Next::yes : Next::no;
        }
        return m_next == Next::yes;
    }

    std::size_t next() override {
        if (!hasNext()) throw pg::StatementException("no data received");
        std::size_t position = 0;
        for (auto& extraction : extractions()) {
            extraction->extract(position);
            position += extraction->numOfColumnsHandled();
        }
        m_next = Next::unknown;
        return 1;
    }

    bool canBind() const override {
        if (m_exec.state() >= pg::StatementExecutor::STMT_COMPILED && !bindings().empty())
            return (*bindings().begin())->canBind();
        return false;
    }
    bool canCompile() const override { return m_exec.state() < pg::StatementExecutor::STMT_COMPILED; }
    void compileImpl() override { m_exec.prepare(to_postgresql(toString())); }

    void bindImpl() override {
        std::size_t position = 0;
        for (auto& binding : bindings()) {
            if (!binding->canBind()) break;
            binding->bind(position);
            position += binding->numOfColumnsHandled();
        }
        m_binder->updateBindVectorToCurrentValues();
        m_exec.bindParams(m_binder->bindVector());
        m_exec.execute();
        m_next = Next::unknown;
    }

    Poco::Data::AbstractExtractor::Ptr extractor() override { return m_extractor; }
    Poco::Data::AbstractBinder::Ptr binder() override { return m_binder; }

private:
    enum class Next { unknown, yes, no };
    pg::StatementExecutor m_exec;
    pg::Binder::Ptr m_binder;
    pg::Extractor::Ptr m_extractor;
    Next m_next = Next::unknown;
};

class TranslatingSession : public pg::SessionImpl {
public:
    explicit TranslatingSession(const std::string& conninfo) : pg::SessionImpl(conninfo) {
        // "ERROR:  42P01: …": the SQLSTATE also in errors Poco reports without one (at prepare
        // time), so catalog/pg_errors.h can tell a schema error from a lost connection.
        PQsetErrorVerbosity(handle(), PQERRORS_VERBOSE);
    }
    Poco::Data::StatementImpl::Ptr createStatementImpl() override { return new TranslatingStatement(*this); }
};

}  // namespace

Poco::Data::Session open_pg_session(const std::string& conninfo) {
    Poco::Data::Session s(Poco::AutoPtr<Poco::Data::SessionImpl>(new TranslatingSession(conninfo)));
    // libpq prints NOTICEs on stderr ("relation … already exists, skipping" of CREATE … IF NOT EXISTS).
    s << "SET client_min_messages TO warning", Poco::Data::Keywords::now;
    return s;
}

}  // namespace kc::catalog
