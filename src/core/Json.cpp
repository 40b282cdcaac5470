#include "core/Json.h"

#include <QCoreApplication>
#include <QVariant>

#include <nlohmann/json.hpp>

#include <cstring>
#include <limits>
#include <string>
#include <type_traits>
#include <vector>

// One field list per type (describe()) drives both directions: a Reader visits it to decode,
// a Writer to encode. Failures inside the codec are thrown as DecodeFailure and caught at the
// public entry points, so no exception ever leaves this file.

namespace ktc::json {

namespace {

using Json = nlohmann::json;

QString tr(const char* text) { return QCoreApplication::translate("ktc::json", text); }

struct DecodeFailure
{
    QString message;
};

// Thrown from the parser callback to stop parsing at once.
struct LimitExceeded
{
    QString message;
};

template <class T>
inline constexpr bool kAlwaysFalse = false;

template <class T>
struct IsOptional : std::false_type { };
template <class T>
struct IsOptional<std::optional<T>> : std::true_type { };

template <class T>
struct IsList : std::false_type { };
template <class T>
struct IsList<QList<T>> : std::true_type { };

enum Flags : unsigned {
    NoFlags = 0,
    Required = 1, // decoding fails when the key is missing or null
    OmitEmpty = 2, // encoding leaves an empty value out (or nulls a key the raw object had)
};

// Where the decoder is, for error messages: "results[3].name".
class Path
{
public:
    void pushKey(const char* key) { m_segments.push_back(std::string(".") + key); }
    void pushIndex(std::size_t i) { m_segments.push_back('[' + std::to_string(i) + ']'); }
    void pop() { m_segments.pop_back(); }

    QString text() const
    {
        std::string joined;
        for (const auto& s : m_segments)
            joined += s;
        if (!joined.empty() && joined.front() == '.')
            joined.erase(0, 1);
        return joined.empty() ? tr("top level") : QString::fromStdString(joined);
    }

private:
    std::vector<std::string> m_segments;
};

class PathGuard
{
public:
    PathGuard(Path& path, const char* key) : m_path(path) { m_path.pushKey(key); }
    PathGuard(Path& path, std::size_t index) : m_path(path) { m_path.pushIndex(index); }
    ~PathGuard() { m_path.pop(); }
    PathGuard(const PathGuard&) = delete;
    PathGuard& operator=(const PathGuard&) = delete;

private:
    Path& m_path;
};

QString typeName(const Json& j)
{
    if (j.is_number_float())
        return tr("a fractional number");
    return QString::fromLatin1(j.type_name());
}

[[noreturn]] void failType(const Path& path, const QString& expected, const Json& got)
{
    throw DecodeFailure{tr("%1: expected %2, got %3").arg(path.text(), expected, typeName(got))};
}

[[noreturn]] void fail(const Path& path, const QString& what)
{
    throw DecodeFailure{tr("%1: %2").arg(path.text(), what)};
}

// Overwrites every string of a DOM before it is destroyed: decoded or encoded bodies may carry
// passwords and tokens, and this DOM is memory this code owns.
void wipeStrings(Json& root)
{
    std::vector<Json*> todo{&root};
    while (!todo.empty()) {
        Json* j = todo.back();
        todo.pop_back();
        if (j->is_string()) {
            auto& s = j->get_ref<std::string&>();
            volatile char* p = s.data();
            for (std::size_t i = 0; i < s.size(); ++i)
                p[i] = 0;
        } else if (j->is_structured()) {
            for (auto& child : *j)
                todo.push_back(&child);
        }
    }
}

void wipeStdString(std::string& s)
{
    volatile char* p = s.data();
    for (std::size_t i = 0; i < s.size(); ++i)
        p[i] = 0;
    s.clear();
}

std::string utf8(const QString& s)
{
    const QByteArray bytes = s.toUtf8();
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

QString fromUtf8(const std::string& s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// ---------------------------------------------------------------------------------------------
// Parsing with limits

Json parseLimited(const QByteArray& bytes)
{
    if (bytes.size() > kMaxBodyBytes) {
        throw DecodeFailure{tr("the body is too large (%1 bytes; at most %2 are accepted)")
                                .arg(bytes.size())
                                .arg(kMaxBodyBytes)};
    }
    if (bytes.trimmed().isEmpty())
        throw DecodeFailure{tr("the body is empty, JSON was expected")};

    Json::parser_callback_t limits = [](int depth, Json::parse_event_t event, Json& parsed) {
        if ((event == Json::parse_event_t::object_start || event == Json::parse_event_t::array_start)
            && depth >= kMaxDepth) {
            throw LimitExceeded{tr("the JSON nests deeper than %1 levels").arg(kMaxDepth)};
        }
        if ((event == Json::parse_event_t::key || event == Json::parse_event_t::value) && parsed.is_string()
            && parsed.get_ref<const std::string&>().size() > static_cast<std::size_t>(kMaxStringBytes)) {
            throw LimitExceeded{tr("a string is longer than %1 bytes").arg(kMaxStringBytes)};
        }
        return true;
    };
    try {
        return Json::parse(bytes.constData(), bytes.constData() + bytes.size(), limits);
    } catch (const LimitExceeded& e) {
        throw DecodeFailure{e.message};
    } catch (const Json::parse_error& e) {
        // nlohmann appends "; last read: '...'" with the bytes around the error: that can be part
        // of a token or password, so it never reaches a message that may be logged.
        std::string what = e.what();
        if (const auto cut = what.find("; last read"); cut != std::string::npos)
            what.erase(cut);
        if (const auto prefix = what.find("] "); what.rfind("[json.exception", 0) == 0 && prefix != std::string::npos)
            what.erase(0, prefix + 2);
        throw DecodeFailure{tr("invalid JSON: %1").arg(QString::fromUtf8(what.data(), static_cast<qsizetype>(what.size())))};
    }
}

// ---------------------------------------------------------------------------------------------
// Reading values

class Reader;
class Writer;

template <class T>
void read(Path& path, Json& j, T& out);

template <class T>
concept Described = requires(Reader& r, T& t) { describe(r, t); };

// JSON value <-> QVariant, for the free-form maps (storage and secret configuration).
QVariant toVariant(const Json& j)
{
    switch (j.type()) {
    case Json::value_t::null:
        return QVariant();
    case Json::value_t::boolean:
        return QVariant(j.get<bool>());
    case Json::value_t::number_integer:
        return QVariant(static_cast<qlonglong>(j.get<std::int64_t>()));
    case Json::value_t::number_unsigned:
        return QVariant(static_cast<qulonglong>(j.get<std::uint64_t>()));
    case Json::value_t::number_float:
        return QVariant(j.get<double>());
    case Json::value_t::string:
        return QVariant(fromUtf8(j.get_ref<const std::string&>()));
    case Json::value_t::array: {
        QVariantList list;
        for (const auto& item : j)
            list.append(toVariant(item));
        return list;
    }
    case Json::value_t::object: {
        QVariantMap map;
        for (auto it = j.begin(); it != j.end(); ++it)
            map.insert(fromUtf8(it.key()), toVariant(it.value()));
        return map;
    }
    default:
        return QVariant();
    }
}

Json fromVariant(const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return nullptr;
    switch (v.metaType().id()) {
    case QMetaType::Bool:
        return v.toBool();
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
        return static_cast<std::int64_t>(v.toLongLong());
    case QMetaType::UInt:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
    case QMetaType::UShort:
        return static_cast<std::uint64_t>(v.toULongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return v.toDouble();
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        Json a = Json::array();
        const QVariantList list = v.toList();
        for (const auto& item : list)
            a.push_back(fromVariant(item));
        return a;
    }
    case QMetaType::QVariantMap: {
        Json o = Json::object();
        const QVariantMap map = v.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            o[utf8(it.key())] = fromVariant(it.value());
        return o;
    }
    default:
        return utf8(v.toString());
    }
}

void readValue(Path& path, Json& j, QString& out)
{
    if (!j.is_string())
        failType(path, tr("a string"), j);
    out = fromUtf8(j.get_ref<const std::string&>());
}

void readValue(Path& path, Json& j, bool& out)
{
    if (!j.is_boolean())
        failType(path, tr("a boolean"), j);
    out = j.get<bool>();
}

void readValue(Path& path, Json& j, qint64& out)
{
    if (j.is_number_unsigned()) {
        const auto v = j.get<std::uint64_t>();
        if (v > static_cast<std::uint64_t>(std::numeric_limits<qint64>::max()))
            fail(path, tr("the number is too large"));
        out = static_cast<qint64>(v);
    } else if (j.is_number_integer()) {
        out = j.get<std::int64_t>();
    } else {
        failType(path, tr("an integer"), j);
    }
}

void readValue(Path& path, Json& j, int& out)
{
    qint64 wide = 0;
    readValue(path, j, wide);
    if (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max())
        fail(path, tr("the number is out of range for a 32-bit integer"));
    out = static_cast<int>(wide);
}

void readValue(Path& path, Json& j, QDateTime& out)
{
    if (!j.is_string())
        failType(path, tr("an ISO-8601 date-time string"), j);
    const QString text = fromUtf8(j.get_ref<const std::string&>());
    out = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!out.isValid())
        fail(path, tr("expected an ISO-8601 date-time"));
}

void readValue(Path& path, Json& j, SecretString& out)
{
    if (!j.is_string())
        failType(path, tr("a string"), j);
    auto& s = j.get_ref<std::string&>();
    out = SecretString(QByteArray(s.data(), static_cast<qsizetype>(s.size())));
    wipeStdString(s);
}

void readValue(Path& path, Json& j, QStringList& out)
{
    if (!j.is_array())
        failType(path, tr("an array of strings"), j);
    out.clear();
    out.reserve(static_cast<qsizetype>(j.size()));
    for (std::size_t i = 0; i < j.size(); ++i) {
        PathGuard g(path, i);
        QString s;
        readValue(path, j[i], s);
        out.append(std::move(s));
    }
}

void readValue(Path& path, Json& j, QVariantMap& out)
{
    if (!j.is_object())
        failType(path, tr("an object"), j);
    out = toVariant(j).toMap();
}

void readValue(Path& path, Json& j, PermissionMap& out)
{
    if (!j.is_object())
        failType(path, tr("an object of action lists"), j);
    out.clear();
    for (auto it = j.begin(); it != j.end(); ++it) {
        PathGuard g(path, it.key().c_str());
        QStringList actions;
        if (!it.value().is_null())
            readValue(path, it.value(), actions);
        out.insert(fromUtf8(it.key()), actions);
    }
}

void readValue(Path& path, Json& j, QMap<QString, PermissionMap>& out)
{
    if (!j.is_object())
        failType(path, tr("an object"), j);
    out.clear();
    for (auto it = j.begin(); it != j.end(); ++it) {
        PathGuard g(path, it.key().c_str());
        PermissionMap permissions;
        if (!it.value().is_null())
            readValue(path, it.value(), permissions);
        out.insert(fromUtf8(it.key()), permissions);
    }
}

template <class E>
    requires std::is_enum_v<E>
void readValue(Path& path, Json& j, E& out)
{
    if (!j.is_string())
        failType(path, tr("a string"), j);
    out = fromString<E>(fromUtf8(j.get_ref<const std::string&>()));
}

template <class T>
void readValue(Path& path, Json& j, QList<T>& out)
{
    if (!j.is_array())
        failType(path, tr("an array"), j);
    out.clear();
    out.reserve(static_cast<qsizetype>(j.size()));
    for (std::size_t i = 0; i < j.size(); ++i) {
        PathGuard g(path, i);
        T item{};
        read(path, j[i], item);
        out.append(std::move(item));
    }
}

template <class T>
void readValue(Path& path, Json& j, std::optional<T>& out)
{
    if (j.is_null()) {
        out.reset();
        return;
    }
    T value{};
    read(path, j, value);
    out = std::move(value);
}

// Visits a describe() field list to fill a struct from a JSON object.
class Reader
{
public:
    Reader(Path& path, Json& object) : m_path(path), m_object(object) { }

    static constexpr bool kReading = true;

    template <class T>
    void operator()(const char* key, T& value, unsigned flags = NoFlags)
    {
        Json* j = find(key);
        if (!j) {
            if (flags & Required) {
                PathGuard g(m_path, key);
                fail(m_path, tr("the required field is missing or null"));
            }
            return;
        }
        PathGuard g(m_path, key);
        read(m_path, *j, value);
    }

    // A read-only field (never encoded).
    template <class T>
    void readOnly(const char* key, T& value) { (*this)(key, value); }

    // Kestra 2.0 GA renames `superAdmin` to `instanceOwner` in replies: either being true counts.
    void instanceOwner(bool& value)
    {
        bool superAdmin = false;
        bool owner = false;
        (*this)("superAdmin", superAdmin);
        (*this)("instanceOwner", owner);
        value = superAdmin || owner;
    }

    // A field with an older name (`resource` was `permission` in 1.3).
    template <class T>
    void aliased(const char* key, const char* olderKey, T& value, unsigned flags = NoFlags)
    {
        if (find(key) || !find(olderKey))
            (*this)(key, value, flags);
        else
            (*this)(olderKey, value, flags);
    }

    // `groups: [{id}]` <-> a list of ids.
    void idObjects(const char* key, QStringList& ids)
    {
        Json* j = find(key);
        if (!j)
            return;
        PathGuard g(m_path, key);
        if (!j->is_array())
            failType(m_path, tr("an array"), *j);
        ids.clear();
        for (std::size_t i = 0; i < j->size(); ++i) {
            PathGuard gi(m_path, i);
            Json& item = (*j)[i];
            if (!item.is_object())
                failType(m_path, tr("an object"), item);
            auto it = item.find("id");
            if (it == item.end() || it->is_null()) {
                PathGuard gk(m_path, "id");
                fail(m_path, tr("the required field is missing or null"));
            }
            PathGuard gk(m_path, "id");
            QString id;
            readValue(m_path, *it, id);
            ids.append(std::move(id));
        }
    }

    void idObjects(const char* key, std::optional<QStringList>& ids)
    {
        if (!find(key)) {
            ids.reset();
            return;
        }
        QStringList list;
        idObjects(key, list);
        ids = std::move(list);
    }

private:
    Json* find(const char* key)
    {
        auto it = m_object.find(key);
        if (it == m_object.end() || it->is_null())
            return nullptr;
        return &*it;
    }

    Path& m_path;
    Json& m_object;
};

template <class T>
void read(Path& path, Json& j, T& out)
{
    if constexpr (Described<T>) {
        if (!j.is_object())
            failType(path, tr("an object"), j);
        Reader reader(path, j);
        describe(reader, out);
        if constexpr (std::is_same_v<T, Tenant>) {
            const std::string text = j.dump(-1, ' ', false, Json::error_handler_t::replace);
            out.raw = QByteArray(text.data(), static_cast<qsizetype>(text.size()));
        }
    } else {
        readValue(path, j, out);
    }
}

// ---------------------------------------------------------------------------------------------
// Writing values

template <class T>
Json write(const T& value, Json* overlay = nullptr);

template <class T>
bool isEmptyValue(const T& value)
{
    if constexpr (std::is_same_v<T, QDateTime>)
        return !value.isValid();
    else if constexpr (requires { value.isEmpty(); })
        return value.isEmpty();
    else
        return false;
}

// The JSON a key the raw object had gets when its value was emptied.
template <class T>
Json emptyJson()
{
    if constexpr (IsList<T>::value || std::is_same_v<T, QStringList>)
        return Json::array();
    else if constexpr (std::is_same_v<T, QVariantMap> || std::is_same_v<T, PermissionMap>)
        return Json::object();
    else
        return nullptr;
}

// Visits a describe() field list to write a struct into a JSON object, overlaying what the
// object already holds (Tenant::raw), so unknown keys survive.
class Writer
{
public:
    explicit Writer(Json& object) : m_object(object) { }

    static constexpr bool kReading = false;

    template <class T>
    void operator()(const char* key, const T& value, unsigned flags = NoFlags)
    {
        const bool present = m_object.contains(key);
        if constexpr (IsOptional<T>::value) {
            if (!value) {
                if (present)
                    m_object[key] = nullptr;
                return;
            }
            (*this)(key, *value, flags & ~unsigned(OmitEmpty));
        } else if constexpr (std::is_enum_v<T>) {
            if (value == T::Unknown) // keep the text we could not name, or say nothing
                return;
            m_object[key] = utf8(toWireString(value));
        } else {
            if ((flags & OmitEmpty) && isEmptyValue(value)) {
                if (present)
                    m_object[key] = emptyJson<T>();
                return;
            }
            if constexpr (Described<T>) {
                Json& target = m_object[key];
                target = write(value, &target);
            } else {
                m_object[key] = write(value);
            }
        }
    }

    template <class T>
    void readOnly(const char*, const T&) { }

    void instanceOwner(const bool& value) { m_object["superAdmin"] = value; }

    template <class T>
    void aliased(const char* key, const char*, const T& value, unsigned flags = NoFlags)
    {
        (*this)(key, value, flags);
    }

    void idObjects(const char* key, const QStringList& ids)
    {
        Json a = Json::array();
        for (const auto& id : ids)
            a.push_back(Json{{"id", utf8(id)}});
        m_object[key] = std::move(a);
    }

    void idObjects(const char* key, const std::optional<QStringList>& ids)
    {
        if (ids)
            idObjects(key, *ids);
        else if (m_object.contains(key))
            m_object[key] = nullptr;
    }

private:
    Json& m_object;
};

Json writeValue(const QString& v) { return utf8(v); }
Json writeValue(bool v) { return v; }
Json writeValue(int v) { return v; }
Json writeValue(qint64 v) { return static_cast<std::int64_t>(v); }
Json writeValue(const QDateTime& v) { return utf8(v.toString(Qt::ISODateWithMs)); }
Json writeValue(const SecretString& v)
{
    return std::string(v.utf8().constData(), static_cast<std::size_t>(v.utf8().size()));
}
Json writeValue(const QStringList& v)
{
    Json a = Json::array();
    for (const auto& s : v)
        a.push_back(utf8(s));
    return a;
}
Json writeValue(const QVariantMap& v) { return fromVariant(QVariant(v)); }
Json writeValue(const PermissionMap& v)
{
    Json o = Json::object();
    for (auto it = v.cbegin(); it != v.cend(); ++it)
        o[utf8(it.key())] = writeValue(it.value());
    return o;
}
Json writeValue(const QMap<QString, PermissionMap>& v)
{
    Json o = Json::object();
    for (auto it = v.cbegin(); it != v.cend(); ++it)
        o[utf8(it.key())] = writeValue(it.value());
    return o;
}
template <class T>
Json writeValue(const QList<T>& v)
{
    Json a = Json::array();
    for (const auto& item : v)
        a.push_back(write(item));
    return a;
}

Json writeValue(const PermissionCatalog& v);
Json writeValue(const RoleTemplates& v);
Json writeValue(const ErrorBody& v);

template <class T>
Json write(const T& value, Json* overlay)
{
    if constexpr (Described<T>) {
        Json o = Json::object();
        if constexpr (std::is_same_v<T, Tenant>) {
            if (!value.raw.isEmpty()) {
                Json raw = Json::parse(value.raw.constData(), value.raw.constData() + value.raw.size(), nullptr, false);
                if (raw.is_object())
                    o = std::move(raw);
            }
        }
        if (overlay && overlay->is_object())
            o = std::move(*overlay);
        Writer writer(o);
        describe(writer, value);
        return o;
    } else {
        return writeValue(value);
    }
}

// ---------------------------------------------------------------------------------------------
// Field lists. `S` is T for decoding and const T for encoding.

#define KTC_DESCRIBE(Type)                                                                         \
    template <class V, class S>                                                                    \
        requires std::is_same_v<std::remove_const_t<S>, Type>                                      \
    void describe(V& v, S& s)

KTC_DESCRIBE(TenantRef)
{
    v("id", s.id);
    v("name", s.name);
}

KTC_DESCRIBE(WorkerSelector)
{
    v("tags", s.tags);
    v("match", s.match);
    v("fallback", s.fallback);
}

KTC_DESCRIBE(LegacyWorkerGroup)
{
    v("key", s.key);
    v("fallback", s.fallback);
}

KTC_DESCRIBE(TenantConcurrency)
{
    v("limit", s.limit, Required);
    v("behavior", s.behavior, Required);
}

KTC_DESCRIBE(TenantQuota)
{
    v("duration", s.duration, Required);
    v("limit", s.limit, Required);
    v("behavior", s.behavior, Required);
}

KTC_DESCRIBE(Isolation)
{
    v("enabled", s.enabled);
    v("deniedServices", s.deniedServices);
}

KTC_DESCRIBE(AppCatalogConfig)
{
    // 1.3 knows only the first three: leave the others out unless set.
    v("title", s.title, OmitEmpty);
    v("titleColor", s.titleColor, OmitEmpty);
    v("primaryColor", s.primaryColor, OmitEmpty);
    v("backgroundColor", s.backgroundColor, OmitEmpty);
    v("tileColor", s.tileColor, OmitEmpty);
    v("buttonTextColor", s.buttonTextColor, OmitEmpty);
}

KTC_DESCRIBE(DashboardSettings)
{
    v("defaultHomeDashboard", s.defaultHomeDashboard, OmitEmpty);
    v("defaultFlowOverviewDashboard", s.defaultFlowOverviewDashboard, OmitEmpty);
    v("defaultNamespaceOverviewDashboard", s.defaultNamespaceOverviewDashboard, OmitEmpty);
}

KTC_DESCRIBE(TenantSettings)
{
    v("dashboard", s.dashboard);
}

KTC_DESCRIBE(SdkAuthentication)
{
    v("apiToken", s.apiToken);
    v("username", s.username);
    v("password", s.password);
}

KTC_DESCRIBE(Tenant)
{
    v("id", s.id, Required);
    v("name", s.name, Required);
    v("deleted", s.deleted, Required);
    v("defaultWorkerSelector", s.defaultWorkerSelector);
    v("workerGroup", s.workerGroup);
    v("concurrency", s.concurrency);
    v("quotas", s.quotas);
    v("storageType", s.storageType, OmitEmpty);
    v("storageConfiguration", s.storageConfiguration, OmitEmpty);
    v("storageIsolation", s.storageIsolation);
    v("secretType", s.secretType, OmitEmpty);
    v("secretConfiguration", s.secretConfiguration, OmitEmpty);
    v("secretReadOnly", s.secretReadOnly);
    v("secretIsolation", s.secretIsolation);
    v("requireExistingNamespace", s.requireExistingNamespace);
    v("outputsInInternalStorage", s.outputsInInternalStorage);
    v("appCatalogConfig", s.appCatalogConfig);
    v("settings", s.settings);
    v("sdkDefaultAuthentication", s.sdkDefaultAuthentication);
    v.readOnly("logo", s.logo);
}

KTC_DESCRIBE(AuthMethod)
{
    v("id", s.id);
    v("name", s.name);
    v("type", s.type);
}

KTC_DESCRIBE(UserGroupRef)
{
    v("id", s.id);
    v("tenantId", s.tenantId);
}

KTC_DESCRIBE(UserSummary)
{
    v("id", s.id);
    v("username", s.username);
    v("displayName", s.displayName);
    v("tenants", s.tenants);
    v("auths", s.auths);
    v.instanceOwner(s.instanceOwner);
}

KTC_DESCRIBE(User)
{
    v("id", s.id);
    v("username", s.username);
    v("displayName", s.displayName);
    v("firstName", s.firstName);
    v("lastName", s.lastName);
    v("email", s.email);
    v("tenants", s.tenants);
    v("auths", s.auths);
    v("groups", s.groups);
    v.instanceOwner(s.instanceOwner);
    v("restricted", s.restricted);
}

KTC_DESCRIBE(UserRequest)
{
    v("email", s.email, Required);
    v("firstName", s.firstName);
    v("lastName", s.lastName);
    v("password", s.password);
    v("tenants", s.tenants);
    v("groups", s.groups);
    v("superAdmin", s.superAdmin);
    v("restricted", s.restricted);
}

KTC_DESCRIBE(UserDetailsPatch)
{
    // A PATCH: an empty field means "leave it".
    v("firstName", s.firstName, OmitEmpty);
    v("lastName", s.lastName, OmitEmpty);
    v("email", s.email, OmitEmpty);
}

KTC_DESCRIBE(UserPasswordPatch)
{
    v("password", s.password, Required);
}

KTC_DESCRIBE(PasswordChangeRequest)
{
    v("oldPassword", s.oldPassword);
    v("newPassword", s.newPassword);
}

KTC_DESCRIBE(SuperAdminPatch)
{
    v("superAdmin", s.superAdmin, Required);
}

KTC_DESCRIBE(RestrictedPatch)
{
    v("restricted", s.restricted, Required);
}

KTC_DESCRIBE(MeProfile)
{
    v("email", s.email);
    v("firstName", s.firstName);
    v("lastName", s.lastName);
    v("username", s.username);
}

KTC_DESCRIBE(MeTenant)
{
    v("id", s.id);
    v("name", s.name);
    v("logo", s.logo, OmitEmpty);
}

KTC_DESCRIBE(Me)
{
    v("id", s.id);
    v.instanceOwner(s.instanceOwner);
    v("restricted", s.restricted);
    v("profile", s.profile);
    v("auths", s.auths);
    v("tenants", s.tenants);
}

KTC_DESCRIBE(TenantAccessGroup)
{
    v("id", s.id);
    v("name", s.name);
    v("external", s.external);
}

KTC_DESCRIBE(TenantAccessAuth)
{
    v("name", s.name);
    v("type", s.type);
}

KTC_DESCRIBE(TenantAccessUser)
{
    v("id", s.id);
    v("username", s.username);
    v("displayName", s.displayName);
    v("description", s.description, OmitEmpty);
    v("groups", s.groups);
    v("auths", s.auths);
}

KTC_DESCRIBE(PermissionGrant)
{
    v.aliased("resource", "permission", s.resource);
    v("actions", s.actions);
}

KTC_DESCRIBE(RoleAssignment)
{
    v("id", s.id);
    v("name", s.name);
    v("namespace", s.namespaceId, OmitEmpty);
    v("origin", s.origin);
    v("sourceId", s.sourceId, OmitEmpty);
    v("permissions", s.permissions);
}

KTC_DESCRIBE(TenantAccess)
{
    v("tenantId", s.tenantId);
    v("userId", s.userId);
    v("username", s.username);
    v("displayName", s.displayName);
    v.instanceOwner(s.instanceOwner);
    v("groups", s.groups);
    v("roles", s.roles);
}

KTC_DESCRIBE(TenantAccessCreateRequest)
{
    v("email", s.email, Required);
}

KTC_DESCRIBE(UserGroupsRequest)
{
    v("groupIds", s.groupIds);
}

KTC_DESCRIBE(Autocomplete)
{
    v("q", s.q);
    v("ids", s.ids);
    v("existingOnly", s.existingOnly);
}

KTC_DESCRIBE(Ids)
{
    v("ids", s.ids);
}

KTC_DESCRIBE(ServiceAccount)
{
    v("id", s.id);
    v("name", s.name, Required);
    v("description", s.description);
    v.instanceOwner(s.superAdmin);
    v("tenants", s.tenants);
    v.idObjects("groups", s.groupIds);
}

KTC_DESCRIBE(ServiceAccountRequest)
{
    v("name", s.name, Required);
    v("description", s.description);
    v("superAdmin", s.superAdmin);
    v.idObjects("groups", s.groupIds);
}

KTC_DESCRIBE(InstanceServiceAccountRequest)
{
    v("name", s.name, Required);
    v("description", s.description);
    v("superAdmin", s.superAdmin);
    v("tenants", s.tenants);
}

KTC_DESCRIBE(ServiceAccountPatch)
{
    v("name", s.name, Required);
    v("description", s.description);
}

KTC_DESCRIBE(ApiToken)
{
    v("id", s.id, Required);
    v("name", s.name, Required);
    v("description", s.description);
    v("prefix", s.prefix, Required);
    v("iat", s.iat, Required);
    v("exp", s.exp, OmitEmpty);
    v("lastUsed", s.lastUsed, OmitEmpty);
    v("extended", s.extended);
    v("expired", s.expired);
}

KTC_DESCRIBE(ApiTokenList)
{
    v("results", s.results, Required);
    v("total", s.total);
}

KTC_DESCRIBE(CreateApiTokenRequest)
{
    v("name", s.name, Required);
    v("description", s.description);
    v("maxAge", s.maxAge, OmitEmpty);
    v("extended", s.extended);
}

KTC_DESCRIBE(CreatedApiToken)
{
    v("id", s.id, Required);
    v("name", s.name, Required);
    v("fullToken", s.fullToken, Required);
}

KTC_DESCRIBE(GroupSummary)
{
    v("id", s.id, Required);
    v("name", s.name, Required);
    v("description", s.description, OmitEmpty);
    v("securityIntegrationName", s.securityIntegrationName, OmitEmpty);
}

KTC_DESCRIBE(Group)
{
    v("id", s.id);
    v("name", s.name);
    v("description", s.description);
}

KTC_DESCRIBE(GroupCreateRequest)
{
    v("name", s.name, Required);
    v("description", s.description);
    v("membersId", s.membersId);
}

KTC_DESCRIBE(GroupUpdateRequest)
{
    v("name", s.name, Required);
    v("description", s.description);
}

KTC_DESCRIBE(GroupMembershipRef)
{
    v("id", s.id);
    v("name", s.name);
    v("external", s.external);
    v("membership", s.membership);
}

KTC_DESCRIBE(GroupMember)
{
    v("id", s.id);
    v("username", s.username);
    v("displayName", s.displayName);
    v("groups", s.groups);
}

KTC_DESCRIBE(RoleSummary)
{
    v("id", s.id, Required);
    v("name", s.name, Required);
    v("isDefault", s.isDefault);
    v("isManaged", s.isManaged);
    v("permissionCount", s.permissionCount);
}

KTC_DESCRIBE(Role)
{
    v("id", s.id);
    v("name", s.name);
    v("description", s.description);
    v("permissions", s.permissions);
    v("isDefault", s.isDefault);
    v("isManaged", s.isManaged);
}

KTC_DESCRIBE(RoleRequest)
{
    v("name", s.name, Required);
    v("description", s.description);
    v("permissions", s.permissions, Required);
    v("isDefault", s.isDefault);
}

KTC_DESCRIBE(BindingRole)
{
    v("id", s.id);
    v("name", s.name);
}

KTC_DESCRIBE(BindingGroup)
{
    v("id", s.id);
    v("name", s.name);
}

KTC_DESCRIBE(BindingUser)
{
    v("id", s.id);
    v("username", s.username);
    v("displayName", s.displayName);
    v("type", s.type);
}

KTC_DESCRIBE(Binding)
{
    v("id", s.id);
    v("type", s.type);
    v("namespace", s.namespaceId, OmitEmpty);
    v("role", s.role);
    v("group", s.group);
    v("user", s.user);
}

KTC_DESCRIBE(BindingRequest)
{
    v("type", s.type, Required);
    v("externalId", s.externalId, Required);
    v("roleId", s.roleId, Required);
    v("namespaceId", s.namespaceId);
}

KTC_DESCRIBE(Invitation)
{
    v("id", s.id);
    v("tenantId", s.tenantId);
    v("email", s.email);
    v("status", s.status);
    v("sentAt", s.sentAt, OmitEmpty);
    v("expiredAt", s.expiredAt, OmitEmpty);
    v("acceptedAt", s.acceptedAt, OmitEmpty);
    v.instanceOwner(s.superAdmin);
    v("link", s.link, OmitEmpty);
    v("roles", s.roles);
    v("groups", s.groups);
}

KTC_DESCRIBE(InvitationRoleGrant)
{
    v("id", s.id, Required);
    v("namespaces", s.namespaces);
}

KTC_DESCRIBE(InvitationRequest)
{
    v("email", s.email, Required);
    v("roles", s.roles);
    v("groups", s.groups);
    v("superAdmin", s.superAdmin);
    v("createUserIfNotExist", s.createUserIfNotExist);
}

KTC_DESCRIBE(ServerConfig)
{
    v("version", s.version);
    v("edition", s.edition);
}

KTC_DESCRIBE(WorkerGroup)
{
    v("id", s.id);
    v("name", s.name);
    v("description", s.description, OmitEmpty);
}

KTC_DESCRIBE(FieldError)
{
    v("message", s.message);
    v("path", s.path, OmitEmpty);
}

#undef KTC_DESCRIBE

// Types whose JSON is not a plain list of fields.

void readValue(Path& path, Json& j, PermissionCatalog& out) { readValue(path, j, out.actionsByResource); }
void readValue(Path& path, Json& j, RoleTemplates& out) { readValue(path, j, out.templates); }
Json writeValue(const PermissionCatalog& v) { return writeValue(v.actionsByResource); }
Json writeValue(const RoleTemplates& v) { return writeValue(v.templates); }

// Micronaut JsonError: message and _embedded.errors[]; _links (object or array) is ignored.
void readValue(Path& path, Json& j, ErrorBody& out)
{
    if (!j.is_object())
        failType(path, tr("an object"), j);
    Reader reader(path, j);
    reader("message", out.message);
    auto embedded = j.find("_embedded");
    if (embedded != j.end() && embedded->is_object()) {
        PathGuard g(path, "_embedded");
        Reader inner(path, *embedded);
        inner("errors", out.fieldErrors);
    }
}

Json writeValue(const ErrorBody& v)
{
    Json o = Json::object();
    o["message"] = utf8(v.message);
    if (!v.fieldErrors.isEmpty())
        o["_embedded"] = Json{{"errors", writeValue(v.fieldErrors)}};
    return o;
}

// ---------------------------------------------------------------------------------------------
// Entry points

template <class T>
Result<T> decodeAs(const QByteArray& bytes, bool workerGroupList = false)
{
    Json root;
    try {
        root = parseLimited(bytes);
        Path path;
        T value{};
        if (workerGroupList && root.is_object()) {
            // 2.0 wraps the list: {"workerGroups": [...]}
            Reader reader(path, root);
            reader("workerGroups", value, Required);
        } else {
            read(path, root, value);
        }
        wipeStrings(root);
        return value;
    } catch (const DecodeFailure& e) {
        wipeStrings(root);
        return Result<T>::failure(e.message);
    } catch (const std::exception& e) {
        wipeStrings(root);
        return Result<T>::failure(tr("could not decode the JSON: %1").arg(QString::fromUtf8(e.what())));
    } catch (...) {
        wipeStrings(root);
        return Result<T>::failure(tr("could not decode the JSON"));
    }
}

template <class T>
Result<Page<T>> decodePage(const QByteArray& bytes)
{
    Json root;
    try {
        root = parseLimited(bytes);
        Path path;
        if (!root.is_object())
            failType(path, tr("an object"), root);
        Page<T> page;
        Reader reader(path, root);
        reader("results", page.results, Required);
        reader("total", page.total, Required);
        wipeStrings(root);
        return page;
    } catch (const DecodeFailure& e) {
        wipeStrings(root);
        return Result<Page<T>>::failure(e.message);
    } catch (const std::exception& e) {
        wipeStrings(root);
        return Result<Page<T>>::failure(tr("could not decode the JSON: %1").arg(QString::fromUtf8(e.what())));
    } catch (...) {
        wipeStrings(root);
        return Result<Page<T>>::failure(tr("could not decode the JSON"));
    }
}

QByteArray dumpAndWipe(Json& j)
{
    try {
        std::string text = j.dump(-1, ' ', false, Json::error_handler_t::replace);
        QByteArray out(text.data(), static_cast<qsizetype>(text.size()));
        wipeStdString(text);
        wipeStrings(j);
        return out;
    } catch (...) {
        wipeStrings(j);
        return {};
    }
}

template <class T>
QByteArray encodeAs(const T& value)
{
    try {
        Json j = write(value);
        return dumpAndWipe(j);
    } catch (...) {
        return {};
    }
}

template <class T>
QByteArray encodePage(const Page<T>& page)
{
    try {
        Json j = Json::object();
        j["results"] = writeValue(page.results);
        j["total"] = static_cast<std::int64_t>(page.total);
        return dumpAndWipe(j);
    } catch (...) {
        return {};
    }
}

} // namespace

#define KTC_JSON_DEFINE_CODEC(T)                                                                   \
    template <> Result<T> decode<T>(const QByteArray& json) { return decodeAs<T>(json); }          \
    template <> Result<Page<T>> decode<Page<T>>(const QByteArray& json) { return decodePage<T>(json); } \
    QByteArray encode(const T& value) { return encodeAs(value); }                                  \
    QByteArray encode(const Page<T>& value) { return encodePage(value); }                          \
    QByteArray encode(const QList<T>& value) { return encodeAs(value); }

#define KTC_JSON_DEFINE_LIST(T)                                                                    \
    template <> Result<QList<T>> decode<QList<T>>(const QByteArray& json) { return decodeAs<QList<T>>(json); }

#define KTC_JSON_DEFINE(T) KTC_JSON_DEFINE_CODEC(T) KTC_JSON_DEFINE_LIST(T)

KTC_JSON_DEFINE(Tenant)
KTC_JSON_DEFINE(TenantRef)
KTC_JSON_DEFINE(UserSummary)
KTC_JSON_DEFINE(User)
KTC_JSON_DEFINE(UserRequest)
KTC_JSON_DEFINE(UserDetailsPatch)
KTC_JSON_DEFINE(UserPasswordPatch)
KTC_JSON_DEFINE(PasswordChangeRequest)
KTC_JSON_DEFINE(SuperAdminPatch)
KTC_JSON_DEFINE(RestrictedPatch)
KTC_JSON_DEFINE(Me)
KTC_JSON_DEFINE(TenantAccessUser)
KTC_JSON_DEFINE(TenantAccess)
KTC_JSON_DEFINE(TenantAccessCreateRequest)
KTC_JSON_DEFINE(UserGroupsRequest)
KTC_JSON_DEFINE(Autocomplete)
KTC_JSON_DEFINE(Ids)
KTC_JSON_DEFINE(ServiceAccount)
KTC_JSON_DEFINE(ServiceAccountRequest)
KTC_JSON_DEFINE(InstanceServiceAccountRequest)
KTC_JSON_DEFINE(ServiceAccountPatch)
KTC_JSON_DEFINE(ApiToken)
KTC_JSON_DEFINE(ApiTokenList)
KTC_JSON_DEFINE(CreateApiTokenRequest)
KTC_JSON_DEFINE(CreatedApiToken)
KTC_JSON_DEFINE(GroupSummary)
KTC_JSON_DEFINE(Group)
KTC_JSON_DEFINE(GroupCreateRequest)
KTC_JSON_DEFINE(GroupUpdateRequest)
KTC_JSON_DEFINE(GroupMember)
KTC_JSON_DEFINE(RoleSummary)
KTC_JSON_DEFINE(Role)
KTC_JSON_DEFINE(RoleRequest)
KTC_JSON_DEFINE(PermissionCatalog)
KTC_JSON_DEFINE(RoleTemplates)
KTC_JSON_DEFINE(Binding)
KTC_JSON_DEFINE(BindingRequest)
KTC_JSON_DEFINE(Invitation)
KTC_JSON_DEFINE(InvitationRequest)
KTC_JSON_DEFINE(ServerConfig)
KTC_JSON_DEFINE_CODEC(WorkerGroup)
KTC_JSON_DEFINE(ErrorBody)

template <> Result<QList<WorkerGroup>> decode<QList<WorkerGroup>>(const QByteArray& json)
{
    return decodeAs<QList<WorkerGroup>>(json, true);
}

#undef KTC_JSON_DEFINE
#undef KTC_JSON_DEFINE_LIST
#undef KTC_JSON_DEFINE_CODEC

} // namespace ktc::json
