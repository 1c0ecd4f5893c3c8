#include "CallError.h"

#include "BusNames.h"

#include <QLatin1StringView>

namespace tpmprov::helper {

ErrorKind errorKind(const QString& name) {
    if (name.isEmpty())
        return ErrorKind::None;
    // What the bus answers when no helper can be reached or started.
    for (const char* missing :
         {"org.freedesktop.DBus.Error.ServiceUnknown", "org.freedesktop.DBus.Error.NameHasNoOwner",
          "org.freedesktop.DBus.Error.NoServer", "org.freedesktop.DBus.Error.FileNotFound",
          "org.freedesktop.DBus.Error.Spawn.ChildExited",
          "org.freedesktop.DBus.Error.Disconnected"})
        if (name == QLatin1StringView(missing))
            return ErrorKind::HelperMissing;
    if (name == error::notAuthorized() ||
        name == QLatin1StringView("org.freedesktop.DBus.Error.AccessDenied"))
        return ErrorKind::NotAuthorized;
    if (name == error::invalidArgument())
        return ErrorKind::InvalidArgument;
    if (name == error::busy())
        return ErrorKind::Busy;
    if (name == error::noSuchJob())
        return ErrorKind::NoSuchJob;
    if (name == error::failed())
        return ErrorKind::Failed;
    if (name == error::helperVanished())
        return ErrorKind::HelperVanished;
    if (name == QLatin1StringView("org.freedesktop.DBus.Error.Timeout") ||
        name == QLatin1StringView("org.freedesktop.DBus.Error.NoReply"))
        return ErrorKind::Timeout;
    return ErrorKind::Other;
}

} // namespace tpmprov::helper
