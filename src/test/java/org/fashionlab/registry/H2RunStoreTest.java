package org.fashionlab.registry;

@H2WebTest
class H2RunStoreTest extends RunStoreContract {}
