import mqtt from 'mqtt';

// expect: config/hardcoded-ip
const BROKER_URL = 'mqtt://192.168.1.50:1883';
// ok: config/hardcoded-ip
const DEV_BROKER = 'ws://localhost:9001';

export function connect() {
  return mqtt.connect(process.env.MQTT_URL || BROKER_URL, { reconnectPeriod: 2000 });
}
