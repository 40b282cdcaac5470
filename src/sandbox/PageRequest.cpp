#include "PageRequest.h"

#include "HttpError.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ktc::sandbox {

namespace {
int parseInt(const QString& v, const QString& name, int fallback)
{
    if (v.isEmpty())
        return fallback;
    bool ok = false;
    const int n = v.toInt(&ok);
    if (!ok || n < 1)
        throw HttpError(400, u"Invalid query parameter: "_s + name + u" must be an integer >= 1"_s,
                        {});
    return n;
}
} // namespace

PageRequest::PageRequest(const ApiRequest& req)
{
    static const QRegularExpression filterKey(u"^filters\\[([^\\]]+)\\]\\[([^\\]]+)\\](?:\\[([^\\]]*)\\])?$"_s);
    m_page = parseInt(req.queryValue(u"page"_s), u"page"_s, 1);
    m_size = std::min(parseInt(req.queryValue(u"size"_s), u"size"_s, 10), 1000);
    for (const auto& kv : req.query) {
        if (kv.first == u"sort"_s) {
            for (const QString& part : kv.second.split(QLatin1Char(','), Qt::SkipEmptyParts))
                m_sort << part.trimmed();
        } else if (kv.first == u"q"_s) {
            m_legacyQ = kv.second;
        } else if (kv.first.startsWith(u"filters["_s)) {
            const auto m = filterKey.match(kv.first);
            if (!m.hasMatch())
                throw HttpError(400, u"Invalid filter parameter: "_s + kv.first);
            m_filters.append({m.captured(1), m.captured(2).toUpper(), kv.second});
        }
    }
}

QString PageRequest::freeText() const
{
    for (const Filter& f : m_filters)
        if (f.field == u"q"_s && !f.value.isEmpty())
            return f.value.toLower();
    return m_legacyQ.toLower();
}

QString PageRequest::filterValue(const QString& field) const
{
    for (const Filter& f : m_filters)
        if (f.field == field)
            return f.value;
    return {};
}

QString PageRequest::orderBy(const QMap<QString, QString>& columns, const QString& fallback) const
{
    QStringList parts;
    for (const QString& s : m_sort) {
        const QStringList fd = s.split(QLatin1Char(':'));
        const QString field = fd.value(0);
        // §4: each value is field:asc or field:desc; a bare field has no default direction
        const QString dir = fd.value(1).toLower();
        if (fd.size() != 2 || !columns.contains(field) || (dir != u"asc"_s && dir != u"desc"_s))
            throw HttpError(422, u"Invalid sort parameter"_s,
                            {{u"sort"_s, u"Invalid sort parameter: "_s + s}});
        parts << columns.value(field) + (dir == u"asc"_s ? u" ASC"_s : u" DESC"_s);
    }
    parts << fallback;
    return u" ORDER BY "_s + parts.join(u", "_s);
}

QList<QPair<QString, bool>> PageRequest::sortKeys(const QStringList& fields) const
{
    QMap<QString, QString> columns;
    for (const QString& f : fields)
        columns.insert(f, f);
    orderBy(columns, {}); // validates, throws 422
    QList<QPair<QString, bool>> out;
    for (const QString& s : m_sort) {
        const QStringList fd = s.split(QLatin1Char(':'));
        out.append({fd.value(0), fd.value(1).toLower() == u"asc"_s});
    }
    return out;
}

QString PageRequest::limit() const
{
    return u" LIMIT "_s + QString::number(m_size) + u" OFFSET "_s
           + QString::number(qint64(m_page - 1) * m_size);
}

void PageRequest::addFreeText(QString& where, QVariantList& binds, const QString& searchColumn) const
{
    const QString text = freeText();
    if (text.isEmpty())
        return;
    QString escaped = text;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    where += u" AND "_s + searchColumn + u" LIKE ? ESCAPE '\\'"_s;
    binds << QVariant(QString(u"%"_s + escaped + u"%"_s));
}

} // namespace ktc::sandbox
