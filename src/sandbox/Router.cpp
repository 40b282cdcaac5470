#include "Router.h"

#include <QUrl>

namespace ktc::sandbox {

void Router::add(const QByteArray& method, const QString& pattern, Access access, Handler handler)
{
    m_routes.append({method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), access,
                     std::move(handler)});
}

Router::Match Router::match(const QByteArray& method, const QString& path) const
{
    const QStringList segs = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    Match result;
    for (const Route& r : m_routes) {
        if (r.segments.size() != segs.size())
            continue;
        QStringList params;
        bool ok = true;
        for (int i = 0; i < segs.size() && ok; ++i) {
            if (r.segments.at(i) == QLatin1String("{}"))
                params << QUrl::fromPercentEncoding(segs.at(i).toUtf8());
            else
                ok = r.segments.at(i) == segs.at(i);
        }
        if (!ok)
            continue;
        if (r.method != method) {
            result.pathKnown = true;
            continue;
        }
        result.route = &r;
        result.params = params;
        return result;
    }
    return result;
}

} // namespace ktc::sandbox
