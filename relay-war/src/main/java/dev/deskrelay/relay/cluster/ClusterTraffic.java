package dev.deskrelay.relay.cluster;

/** What crosses between members, counted where it is sent and where it arrives. */
interface ClusterTraffic {

    void sent(int bytes);

    void received(int bytes);
}
