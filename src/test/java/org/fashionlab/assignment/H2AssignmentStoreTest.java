package org.fashionlab.assignment;

import org.fashionlab.registry.H2WebTest;

@H2WebTest
class H2AssignmentStoreTest extends AssignmentStoreContract {}
