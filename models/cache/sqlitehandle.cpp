#include "cache/sqlitehandle.h"

#include <QSqlDriver>
#include <QVariant>

namespace peerscope::sqlitehandle {

sqlite3 *of(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace peerscope::sqlitehandle
