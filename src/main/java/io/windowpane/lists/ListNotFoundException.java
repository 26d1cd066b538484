package io.windowpane.lists;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such list for this customer (or someone else's favourites): the same 404 either way. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ListNotFoundException extends RuntimeException {

    ListNotFoundException() {
        super("no such list");
    }
}
