package com.carenext.security;

import org.springframework.security.authentication.LockedException;

/** Too many failed sign-ins from one client address: refused before any password is checked. */
class AddressThrottledException extends LockedException {

    AddressThrottledException(String address) {
        super("too many failed sign-ins from " + address);
    }
}
