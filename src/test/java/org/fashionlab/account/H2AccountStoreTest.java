package org.fashionlab.account;

import org.fashionlab.registry.H2WebTest;

@H2WebTest
class H2AccountStoreTest extends AccountStoreContract {}
