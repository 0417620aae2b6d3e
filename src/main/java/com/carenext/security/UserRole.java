package com.carenext.security;

import com.carenext.shared.Role;

record UserRole(Role role) {
}
