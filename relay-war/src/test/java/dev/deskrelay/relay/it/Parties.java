package dev.deskrelay.relay.it;

import java.net.URL;

import jakarta.json.JsonObject;

/** The usual first steps of a test: an enrolled agent, a paired viewer. */
final class Parties {

    private Parties() {
    }

    record EnrolledAgent(RelayClient socket, String deviceId, String secret, String pairingCode) {
    }

    /** @param token the person's API token, for another socket of the same person */
    record PairedViewer(RelayClient socket, String token, JsonObject device) {
    }

    static EnrolledAgent enrollAgent(URL base, String name) {
        var agent = RelayClient.connect(base, "agent").send("{\"type\":\"enroll\",\"name\":\"" + name + "\"}");
        JsonObject enrolled = agent.next("enrolled");
        JsonObject code = agent.next("pairing_code");
        return new EnrolledAgent(agent, enrolled.getString("deviceId"), enrolled.getString("secret"),
                code.getString("code"));
    }

    /** A new person, who signs a socket in with an API token and pairs the device with its code. */
    static PairedViewer pairViewer(URL base, String code) {
        String token = People.newPerson(base).token();
        var viewer = signedIn(base, token);
        JsonObject paired = viewer.send(pair(code)).next("paired");
        return new PairedViewer(viewer, token, paired.getJsonObject("device"));
    }

    /** The agent's socket again, with the credential it enrolled with (on any node of a cluster). */
    static RelayClient authenticateAgent(URL base, EnrolledAgent agent) {
        var socket = RelayClient.connect(base, "agent").send("{\"type\":\"authenticate\",\"deviceId\":\""
                + agent.deviceId() + "\",\"secret\":\"" + agent.secret() + "\"}");
        socket.next("authenticated");
        return socket;
    }

    /** Another socket of the person who paired, as a second tab or a reload opens it. */
    static RelayClient authenticateViewer(URL base, String token) {
        return RelayClient.connect(base, "viewer").send(authenticate(token));
    }

    /** A socket of a new person, authenticated with their API token, ready to pair. */
    static RelayClient newViewer(URL base) {
        return signedIn(base, People.newPerson(base).token());
    }

    /** Another socket of a person, once the relay has answered {@code authenticated}. */
    static RelayClient signedIn(URL base, String token) {
        var viewer = authenticateViewer(base, token);
        viewer.next("authenticated");
        return viewer;
    }

    static String authenticate(String token) {
        return "{\"type\":\"authenticate\",\"token\":\"" + token + "\"}";
    }

    static String pair(String code) {
        return "{\"type\":\"pair\",\"code\":\"" + code + "\"}";
    }

    static String telemetry(double cpu) {
        return "{\"type\":\"telemetry\",\"sample\":{\"cpu\":" + cpu + "}}";
    }

    /** A sample as a real agent sends it, with swap. */
    static String machineSample(double cpu) {
        return machineSample(cpu, ",\"swap\":{\"used\":0,\"total\":1073741824}", cpu * 1000, cpu * 100);
    }

    /** @param swap {@code ,"swap":{...}}, or empty for a machine without swap */
    static String machineSample(double cpu, String swap, double received, double sent) {
        return "{\"type\":\"telemetry\",\"sample\":{\"cpu\":" + cpu + ",\"cores\":[" + cpu + "," + cpu / 2 + "],"
                + "\"load\":[0.42,0.37,0.3],\"uptime\":93784,"
                + "\"memory\":{\"used\":4294967296,\"total\":8589934592}" + swap + ","
                + "\"network\":[{\"name\":\"eth0\",\"rx\":" + received + ",\"tx\":" + sent + "}]}}";
    }

    static String systemInfo(String hostname) {
        return "{\"type\":\"system_info\",\"system\":{\"hostname\":\"" + hostname + "\",\"logicalCores\":2}}";
    }

    static String beep(String id, String deviceId) {
        return "{\"type\":\"action\",\"id\":\"" + id + "\",\"deviceId\":\"" + deviceId + "\",\"action\":\"beep\",\"args\":{}}";
    }
}
