package dev.bconf.site;

import dev.bconf.model.Resource;
import java.util.Optional;

/**
 * The two direction flags of a Director Client and of the File Daemon's Director resource,
 * with Bareos's defaults: the Director may dial, the client may not.
 */
public record ClientFlags(boolean dirDials, boolean dirAccepts, Optional<Boolean> fdAcceptsDial,
        Optional<Boolean> fdDials) {

    public static final String FROM_CLIENT = "ConnectionFromClientToDirector";
    public static final String FROM_DIRECTOR = "ConnectionFromDirectorToClient";

    public static ClientFlags of(ClientLink link) {
        Resource client = link.client();
        Optional<Resource> fd = link.fdDirector();
        return new ClientFlags(Settings.flag(client, FROM_DIRECTOR, true), Settings.flag(client, FROM_CLIENT, false),
                fd.map(d -> Settings.flag(d, FROM_DIRECTOR, true)), fd.map(d -> Settings.flag(d, FROM_CLIENT, false)));
    }

    /** Client-initiated connections are asked for by at least one side. */
    public boolean clientInitiatedWanted() {
        return dirAccepts || fdDials.orElse(false);
    }

    /** The Director dials, and the File Daemon (when known) accepts it. */
    public boolean directorToClient() {
        return dirDials && fdAcceptsDial.orElse(true);
    }

    /** The File Daemon dials, and the Director keeps the connection; unknown File Daemon: the Director's word. */
    public boolean clientToDirector() {
        return dirAccepts && fdDials.orElse(true);
    }
}
