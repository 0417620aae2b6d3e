package com.carenext.patrol;

import com.carenext.shared.BusinessRuleException;

/** A patrol is checked out once: a second check-out is refused (the update is conditional on it as well). */
final class CheckOutPolicy {

    void check(PatrolView patrol) {
        if (!patrol.isOpen()) {
            throw new BusinessRuleException("patrol.checkOut.twice");
        }
    }

    void changed(int rows) {
        if (rows == 0) {
            throw new BusinessRuleException("patrol.checkOut.twice");
        }
    }
}
