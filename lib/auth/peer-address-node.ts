// Loaded by instrumentation.ts on the Node.js runtime only (node:http does not exist on the edge).
import http from "node:http";
import { stampPeerAddresses } from "./peer-address";

stampPeerAddresses(http);
