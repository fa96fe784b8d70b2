package dev.doc2java.read.huawei;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void leadingGerundBecomesTheBaseVerb() {
        assertEquals("AddListener", Names.pascal(Names.verbPhrase("Adding a Listener")));
        assertEquals("QueryForwardingRules", Names.pascal(Names.verbPhrase("Querying Forwarding Rules")));
        assertEquals("CreateLoadBalancer", Names.pascal(Names.verbPhrase("Creating a Load Balancer")));
        assertEquals("DeleteMember", Names.pascal(Names.verbPhrase("Deleting a Member")));
        assertEquals("UpdateIPGroup", Names.pascal(Names.verbPhrase("Updating an IP Group")));
        assertEquals("GetQuota", Names.pascal(Names.verbPhrase("Getting the Quota")));
        assertEquals("RemoveTag", Names.pascal(Names.verbPhrase("Removing a Tag")));
        assertEquals("ModifyPolicy", Names.pascal(Names.verbPhrase("Modifying a Policy")));
        assertEquals("ListCertificates", Names.pascal(Names.verbPhrase("Listing Certificates")));
        assertEquals("EnableLogging", Names.pascal(Names.verbPhrase("Enabling Logging")));
        assertEquals("ChangeFlavor", Names.pascal(Names.verbPhrase("Changing the Flavor")));
        assertEquals("BindCertificate", Names.pascal(Names.verbPhrase("Binding a Certificate")));
        assertEquals("BatchAddDeleteListenerTags", Names.pascal(Names.verbPhrase("Batch Adding or Deleting Listener Tags")));
        assertEquals("BatchUpdateBackendServers", Names.pascal(Names.verbPhrase("Batch Updating Backend Servers")));
        assertEquals("ConfigureAccessLogs", Names.pascal(Names.verbPhrase("Configuring Access Logs")));
    }

    @Test
    void otherTitlesAreUnchanged() {
        assertEquals("Load Balancer Quotas", Names.verbPhrase("Load Balancer Quotas"));
        assertEquals("", Names.verbPhrase(""));
    }

    @Test
    void neutralNamesDropTheOperationRole() {
        assertEquals("ListenerIpGroup", Names.neutral("CreateListenerIpGroupOption"));
        assertEquals("ListenerIpGroup", Names.neutral("ListenerIpGroup"));
        assertEquals("Listener", Names.neutral("UpdateListenerOption"));
        assertEquals("Listeners", Names.neutral("ListListenersResponse"));
        assertEquals("Option", Names.neutral("Option"));
    }
}
