/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Boolean = $util.global.Boolean, $Array = $util.global.Array, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const moby = $root.moby = (() => {

    const moby = {};

    moby.buildkit = (function() {

        const buildkit = {};

        buildkit.v1 = (function() {

            const v1 = {};

            v1.apicaps = (function() {

                const apicaps = {};

                apicaps.APICap = (function() {

                    const APICap = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    APICap.prototype.ID = "";
                    APICap.prototype.Enabled = false;
                    APICap.prototype.Deprecated = false;
                    APICap.prototype.DisabledReason = "";
                    APICap.prototype.DisabledReasonMsg = "";
                    APICap.prototype.DisabledAlternative = "";

                    APICap.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.ID != null && $Object.hasOwnProperty.call(message, "ID") && message.ID !== "")
                            writer.uint32(10).string(message.ID);
                        if (message.Enabled != null && $Object.hasOwnProperty.call(message, "Enabled") && message.Enabled !== false)
                            writer.uint32(16).bool(message.Enabled);
                        if (message.Deprecated != null && $Object.hasOwnProperty.call(message, "Deprecated") && message.Deprecated !== false)
                            writer.uint32(24).bool(message.Deprecated);
                        if (message.DisabledReason != null && $Object.hasOwnProperty.call(message, "DisabledReason") && message.DisabledReason !== "")
                            writer.uint32(34).string(message.DisabledReason);
                        if (message.DisabledReasonMsg != null && $Object.hasOwnProperty.call(message, "DisabledReasonMsg") && message.DisabledReasonMsg !== "")
                            writer.uint32(42).string(message.DisabledReasonMsg);
                        if (message.DisabledAlternative != null && $Object.hasOwnProperty.call(message, "DisabledAlternative") && message.DisabledAlternative !== "")
                            writer.uint32(50).string(message.DisabledAlternative);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    APICap.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.moby.buildkit.v1.apicaps.APICap();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.ID = value;
                                    else
                                        delete message.ID;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.Enabled = value;
                                    else
                                        delete message.Enabled;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.Deprecated = value;
                                    else
                                        delete message.Deprecated;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.DisabledReason = value;
                                    else
                                        delete message.DisabledReason;
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.DisabledReasonMsg = value;
                                    else
                                        delete message.DisabledReasonMsg;
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.DisabledAlternative = value;
                                    else
                                        delete message.DisabledAlternative;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    APICap.fromObject = function (object, _depth) {
                        if (object instanceof $root.moby.buildkit.v1.apicaps.APICap)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".moby.buildkit.v1.apicaps.APICap: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.moby.buildkit.v1.apicaps.APICap();
                        if (object.ID != null)
                            if (typeof object.ID !== "string" || object.ID.length)
                                message.ID = $String(object.ID);
                        if (object.Enabled != null)
                            if (object.Enabled)
                                message.Enabled = $Boolean(object.Enabled);
                        if (object.Deprecated != null)
                            if (object.Deprecated)
                                message.Deprecated = $Boolean(object.Deprecated);
                        if (object.DisabledReason != null)
                            if (typeof object.DisabledReason !== "string" || object.DisabledReason.length)
                                message.DisabledReason = $String(object.DisabledReason);
                        if (object.DisabledReasonMsg != null)
                            if (typeof object.DisabledReasonMsg !== "string" || object.DisabledReasonMsg.length)
                                message.DisabledReasonMsg = $String(object.DisabledReasonMsg);
                        if (object.DisabledAlternative != null)
                            if (typeof object.DisabledAlternative !== "string" || object.DisabledAlternative.length)
                                message.DisabledAlternative = $String(object.DisabledAlternative);
                        return message;
                    };

                    APICap.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.ID = "";
                            object.Enabled = false;
                            object.Deprecated = false;
                            object.DisabledReason = "";
                            object.DisabledReasonMsg = "";
                            object.DisabledAlternative = "";
                        }
                        if (message.ID != null && $Object.hasOwnProperty.call(message, "ID"))
                            object.ID = message.ID;
                        if (message.Enabled != null && $Object.hasOwnProperty.call(message, "Enabled"))
                            object.Enabled = message.Enabled;
                        if (message.Deprecated != null && $Object.hasOwnProperty.call(message, "Deprecated"))
                            object.Deprecated = message.Deprecated;
                        if (message.DisabledReason != null && $Object.hasOwnProperty.call(message, "DisabledReason"))
                            object.DisabledReason = message.DisabledReason;
                        if (message.DisabledReasonMsg != null && $Object.hasOwnProperty.call(message, "DisabledReasonMsg"))
                            object.DisabledReasonMsg = message.DisabledReasonMsg;
                        if (message.DisabledAlternative != null && $Object.hasOwnProperty.call(message, "DisabledAlternative"))
                            object.DisabledAlternative = message.DisabledAlternative;
                        return object;
                    };

                    APICap.prototype.toJSON = function() {
                        return APICap.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return APICap;
                })();

                return apicaps;
            })();

            v1.frontend = (function() {

                const frontend = {};

                frontend.PingRequest = (function() {

                    const PingRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    PingRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    PingRequest.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.moby.buildkit.v1.frontend.PingRequest();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            reader.skipType(tag & 7, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    PingRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.moby.buildkit.v1.frontend.PingRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".moby.buildkit.v1.frontend.PingRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        return new $root.moby.buildkit.v1.frontend.PingRequest();
                    };

                    PingRequest.toObject = function () {
                        return {};
                    };

                    PingRequest.prototype.toJSON = function() {
                        return PingRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return PingRequest;
                })();

                frontend.PongResponse = (function() {

                    const PongResponse = function (properties) {
                        this.FrontendAPICaps = [];
                        this.LLBCaps = [];
                        this.Workers = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    PongResponse.prototype.FrontendAPICaps = $util.emptyArray;
                    PongResponse.prototype.LLBCaps = $util.emptyArray;
                    PongResponse.prototype.Workers = $util.emptyArray;

                    PongResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.FrontendAPICaps != null && message.FrontendAPICaps.length)
                            for (let i = 0; i < message.FrontendAPICaps.length; ++i)
                                $root.moby.buildkit.v1.apicaps.APICap.encode(message.FrontendAPICaps[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.LLBCaps != null && message.LLBCaps.length)
                            for (let i = 0; i < message.LLBCaps.length; ++i)
                                $root.moby.buildkit.v1.apicaps.APICap.encode(message.LLBCaps[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                        if (message.Workers != null && message.Workers.length)
                            for (let i = 0; i < message.Workers.length; ++i)
                                $root.moby.buildkit.v1.types.WorkerRecord.encode(message.Workers[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    PongResponse.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.moby.buildkit.v1.frontend.PongResponse();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.FrontendAPICaps && message.FrontendAPICaps.length))
                                        message.FrontendAPICaps = [];
                                    message.FrontendAPICaps.push($root.moby.buildkit.v1.apicaps.APICap.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.LLBCaps && message.LLBCaps.length))
                                        message.LLBCaps = [];
                                    message.LLBCaps.push($root.moby.buildkit.v1.apicaps.APICap.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.Workers && message.Workers.length))
                                        message.Workers = [];
                                    message.Workers.push($root.moby.buildkit.v1.types.WorkerRecord.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    PongResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.moby.buildkit.v1.frontend.PongResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".moby.buildkit.v1.frontend.PongResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.moby.buildkit.v1.frontend.PongResponse();
                        if (object.FrontendAPICaps) {
                            if (!$Array.isArray(object.FrontendAPICaps))
                                throw $TypeError(".moby.buildkit.v1.frontend.PongResponse.FrontendAPICaps: array expected");
                            message.FrontendAPICaps = $Array(object.FrontendAPICaps.length);
                            for (let i = 0; i < object.FrontendAPICaps.length; ++i) {
                                if (!$util.isObject(object.FrontendAPICaps[i]))
                                    throw $TypeError(".moby.buildkit.v1.frontend.PongResponse.FrontendAPICaps: object expected");
                                message.FrontendAPICaps[i] = $root.moby.buildkit.v1.apicaps.APICap.fromObject(object.FrontendAPICaps[i], _depth + 1);
                            }
                        }
                        if (object.LLBCaps) {
                            if (!$Array.isArray(object.LLBCaps))
                                throw $TypeError(".moby.buildkit.v1.frontend.PongResponse.LLBCaps: array expected");
                            message.LLBCaps = $Array(object.LLBCaps.length);
                            for (let i = 0; i < object.LLBCaps.length; ++i) {
                                if (!$util.isObject(object.LLBCaps[i]))
                                    throw $TypeError(".moby.buildkit.v1.frontend.PongResponse.LLBCaps: object expected");
                                message.LLBCaps[i] = $root.moby.buildkit.v1.apicaps.APICap.fromObject(object.LLBCaps[i], _depth + 1);
                            }
                        }
                        if (object.Workers) {
                            if (!$Array.isArray(object.Workers))
                                throw $TypeError(".moby.buildkit.v1.frontend.PongResponse.Workers: array expected");
                            message.Workers = $Array(object.Workers.length);
                            for (let i = 0; i < object.Workers.length; ++i) {
                                if (!$util.isObject(object.Workers[i]))
                                    throw $TypeError(".moby.buildkit.v1.frontend.PongResponse.Workers: object expected");
                                message.Workers[i] = $root.moby.buildkit.v1.types.WorkerRecord.fromObject(object.Workers[i], _depth + 1);
                            }
                        }
                        return message;
                    };

                    PongResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults) {
                            object.FrontendAPICaps = [];
                            object.LLBCaps = [];
                            object.Workers = [];
                        }
                        if (message.FrontendAPICaps && message.FrontendAPICaps.length) {
                            object.FrontendAPICaps = $Array(message.FrontendAPICaps.length);
                            for (let j = 0; j < message.FrontendAPICaps.length; ++j)
                                object.FrontendAPICaps[j] = $root.moby.buildkit.v1.apicaps.APICap.toObject(message.FrontendAPICaps[j], options, _depth + 1);
                        }
                        if (message.LLBCaps && message.LLBCaps.length) {
                            object.LLBCaps = $Array(message.LLBCaps.length);
                            for (let j = 0; j < message.LLBCaps.length; ++j)
                                object.LLBCaps[j] = $root.moby.buildkit.v1.apicaps.APICap.toObject(message.LLBCaps[j], options, _depth + 1);
                        }
                        if (message.Workers && message.Workers.length) {
                            object.Workers = $Array(message.Workers.length);
                            for (let j = 0; j < message.Workers.length; ++j)
                                object.Workers[j] = $root.moby.buildkit.v1.types.WorkerRecord.toObject(message.Workers[j], options, _depth + 1);
                        }
                        return object;
                    };

                    PongResponse.prototype.toJSON = function() {
                        return PongResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return PongResponse;
                })();

                frontend.CacheOptionsEntry = (function() {

                    const CacheOptionsEntry = function (properties) {
                        this.Attrs = {};
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    CacheOptionsEntry.prototype.Type = "";
                    CacheOptionsEntry.prototype.Attrs = $util.emptyObject;

                    CacheOptionsEntry.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.Type != null && $Object.hasOwnProperty.call(message, "Type") && message.Type !== "")
                            writer.uint32(10).string(message.Type);
                        if (message.Attrs != null && $Object.hasOwnProperty.call(message, "Attrs"))
                            for (let keys = $Object.keys(message.Attrs), i = 0; i < keys.length; ++i)
                                writer.uint32(18).fork().uint32(10).string(keys[i]).uint32(18).string(message.Attrs[keys[i]]).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    CacheOptionsEntry.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, key, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.moby.buildkit.v1.frontend.CacheOptionsEntry();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.Type = value;
                                    else
                                        delete message.Type;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if (message.Attrs === $util.emptyObject)
                                        message.Attrs = {};
                                    let end2 = reader.size() + reader.pos;
                                    if (end2 > reader.len)
                                        throw $RangeError("index out of range");
                                    reader.len = end2;
                                    key = "";
                                    value = "";
                                    while (reader.pos < end2) {
                                        let tag2 = reader.tag();
                                        wireType = tag2 & 7;
                                        switch (tag2 >>>= 3) {
                                        case 1:
                                            if (wireType !== 2)
                                                break;
                                            key = reader.stringVerify();
                                            continue;
                                        case 2:
                                            if (wireType !== 2)
                                                break;
                                            value = reader.stringVerify();
                                            continue;
                                        }
                                        reader.skipType(wireType, _depth, tag2);
                                    }
                                    if (reader.pos !== end2)
                                        throw $RangeError("index out of range");
                                    reader.len = end;
                                    if (key === "__proto__")
                                        $util.makeProp(message.Attrs, key);
                                    message.Attrs[key] = value;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    CacheOptionsEntry.fromObject = function (object, _depth) {
                        if (object instanceof $root.moby.buildkit.v1.frontend.CacheOptionsEntry)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".moby.buildkit.v1.frontend.CacheOptionsEntry: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.moby.buildkit.v1.frontend.CacheOptionsEntry();
                        if (object.Type != null)
                            if (typeof object.Type !== "string" || object.Type.length)
                                message.Type = $String(object.Type);
                        if (object.Attrs) {
                            if (!$util.isObject(object.Attrs))
                                throw $TypeError(".moby.buildkit.v1.frontend.CacheOptionsEntry.Attrs: object expected");
                            message.Attrs = {};
                            for (let keys = $Object.keys(object.Attrs), i = 0; i < keys.length; ++i) {
                                if (keys[i] === "__proto__")
                                    $util.makeProp(message.Attrs, keys[i]);
                                message.Attrs[keys[i]] = $String(object.Attrs[keys[i]]);
                            }
                        }
                        return message;
                    };

                    CacheOptionsEntry.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.objects || options.defaults)
                            object.Attrs = {};
                        if (options.defaults)
                            object.Type = "";
                        if (message.Type != null && $Object.hasOwnProperty.call(message, "Type"))
                            object.Type = message.Type;
                        let keys2;
                        if (message.Attrs && (keys2 = $Object.keys(message.Attrs)).length) {
                            object.Attrs = {};
                            for (let j = 0; j < keys2.length; ++j) {
                                if (keys2[j] === "__proto__")
                                    $util.makeProp(object.Attrs, keys2[j]);
                                object.Attrs[keys2[j]] = message.Attrs[keys2[j]];
                            }
                        }
                        return object;
                    };

                    CacheOptionsEntry.prototype.toJSON = function() {
                        return CacheOptionsEntry.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return CacheOptionsEntry;
                })();

                frontend.SolveRequest = (function() {

                    const SolveRequest = function (properties) {
                        this.FrontendOpt = {};
                        this.CacheImports = [];
                        this.FrontendInputs = {};
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    SolveRequest.prototype.Definition = null;
                    SolveRequest.prototype.Frontend = "";
                    SolveRequest.prototype.FrontendOpt = $util.emptyObject;
                    SolveRequest.prototype.allowResultReturn = false;
                    SolveRequest.prototype.allowResultArrayRef = false;
                    SolveRequest.prototype.CacheImports = $util.emptyArray;
                    SolveRequest.prototype.FrontendInputs = $util.emptyObject;
                    SolveRequest.prototype.Evaluate = false;

                    SolveRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.Definition != null && $Object.hasOwnProperty.call(message, "Definition"))
                            $root.pb.Definition.encode(message.Definition, writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.Frontend != null && $Object.hasOwnProperty.call(message, "Frontend") && message.Frontend !== "")
                            writer.uint32(18).string(message.Frontend);
                        if (message.FrontendOpt != null && $Object.hasOwnProperty.call(message, "FrontendOpt"))
                            for (let keys = $Object.keys(message.FrontendOpt), i = 0; i < keys.length; ++i)
                                writer.uint32(26).fork().uint32(10).string(keys[i]).uint32(18).string(message.FrontendOpt[keys[i]]).ldelim();
                        if (message.allowResultReturn != null && $Object.hasOwnProperty.call(message, "allowResultReturn") && message.allowResultReturn !== false)
                            writer.uint32(40).bool(message.allowResultReturn);
                        if (message.allowResultArrayRef != null && $Object.hasOwnProperty.call(message, "allowResultArrayRef") && message.allowResultArrayRef !== false)
                            writer.uint32(48).bool(message.allowResultArrayRef);
                        if (message.CacheImports != null && message.CacheImports.length)
                            for (let i = 0; i < message.CacheImports.length; ++i)
                                $root.moby.buildkit.v1.frontend.CacheOptionsEntry.encode(message.CacheImports[i], writer.uint32(98).fork(), _depth + 1).ldelim();
                        if (message.FrontendInputs != null && $Object.hasOwnProperty.call(message, "FrontendInputs"))
                            for (let keys = $Object.keys(message.FrontendInputs), i = 0; i < keys.length; ++i) {
                                writer.uint32(106).fork().uint32(10).string(keys[i]);
                                $root.pb.Definition.encode(message.FrontendInputs[keys[i]], writer.uint32(18).fork(), _depth + 1).ldelim().ldelim();
                            }
                        if (message.Evaluate != null && $Object.hasOwnProperty.call(message, "Evaluate") && message.Evaluate !== false)
                            writer.uint32(112).bool(message.Evaluate);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    SolveRequest.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, key, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.moby.buildkit.v1.frontend.SolveRequest();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    message.Definition = $root.pb.Definition.decode(reader, reader.size(), $undefined, _depth + 1, message.Definition);
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.Frontend = value;
                                    else
                                        delete message.Frontend;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if (message.FrontendOpt === $util.emptyObject)
                                        message.FrontendOpt = {};
                                    let end2 = reader.size() + reader.pos;
                                    if (end2 > reader.len)
                                        throw $RangeError("index out of range");
                                    reader.len = end2;
                                    key = "";
                                    value = "";
                                    while (reader.pos < end2) {
                                        let tag2 = reader.tag();
                                        wireType = tag2 & 7;
                                        switch (tag2 >>>= 3) {
                                        case 1:
                                            if (wireType !== 2)
                                                break;
                                            key = reader.stringVerify();
                                            continue;
                                        case 2:
                                            if (wireType !== 2)
                                                break;
                                            value = reader.stringVerify();
                                            continue;
                                        }
                                        reader.skipType(wireType, _depth, tag2);
                                    }
                                    if (reader.pos !== end2)
                                        throw $RangeError("index out of range");
                                    reader.len = end;
                                    if (key === "__proto__")
                                        $util.makeProp(message.FrontendOpt, key);
                                    message.FrontendOpt[key] = value;
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.allowResultReturn = value;
                                    else
                                        delete message.allowResultReturn;
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.allowResultArrayRef = value;
                                    else
                                        delete message.allowResultArrayRef;
                                    continue;
                                }
                            case 12: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.CacheImports && message.CacheImports.length))
                                        message.CacheImports = [];
                                    message.CacheImports.push($root.moby.buildkit.v1.frontend.CacheOptionsEntry.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 13: {
                                    if (wireType !== 2)
                                        break;
                                    if (message.FrontendInputs === $util.emptyObject)
                                        message.FrontendInputs = {};
                                    let end2 = reader.size() + reader.pos;
                                    if (end2 > reader.len)
                                        throw $RangeError("index out of range");
                                    reader.len = end2;
                                    key = "";
                                    value = null;
                                    while (reader.pos < end2) {
                                        let tag2 = reader.tag();
                                        wireType = tag2 & 7;
                                        switch (tag2 >>>= 3) {
                                        case 1:
                                            if (wireType !== 2)
                                                break;
                                            key = reader.stringVerify();
                                            continue;
                                        case 2:
                                            if (wireType !== 2)
                                                break;
                                            value = $root.pb.Definition.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                            continue;
                                        }
                                        reader.skipType(wireType, _depth, tag2);
                                    }
                                    if (reader.pos !== end2)
                                        throw $RangeError("index out of range");
                                    reader.len = end;
                                    if (key === "__proto__")
                                        $util.makeProp(message.FrontendInputs, key);
                                    message.FrontendInputs[key] = value || new $root.pb.Definition();
                                    continue;
                                }
                            case 14: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.Evaluate = value;
                                    else
                                        delete message.Evaluate;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    SolveRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.moby.buildkit.v1.frontend.SolveRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".moby.buildkit.v1.frontend.SolveRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.moby.buildkit.v1.frontend.SolveRequest();
                        if (object.Definition != null) {
                            if (!$util.isObject(object.Definition))
                                throw $TypeError(".moby.buildkit.v1.frontend.SolveRequest.Definition: object expected");
                            message.Definition = $root.pb.Definition.fromObject(object.Definition, _depth + 1);
                        }
                        if (object.Frontend != null)
                            if (typeof object.Frontend !== "string" || object.Frontend.length)
                                message.Frontend = $String(object.Frontend);
                        if (object.FrontendOpt) {
                            if (!$util.isObject(object.FrontendOpt))
                                throw $TypeError(".moby.buildkit.v1.frontend.SolveRequest.FrontendOpt: object expected");
                            message.FrontendOpt = {};
                            for (let keys = $Object.keys(object.FrontendOpt), i = 0; i < keys.length; ++i) {
                                if (keys[i] === "__proto__")
                                    $util.makeProp(message.FrontendOpt, keys[i]);
                                message.FrontendOpt[keys[i]] = $String(object.FrontendOpt[keys[i]]);
                            }
                        }
                        if (object.allowResultReturn != null)
                            if (object.allowResultReturn)
                                message.allowResultReturn = $Boolean(object.allowResultReturn);
                        if (object.allowResultArrayRef != null)
                            if (object.allowResultArrayRef)
                                message.allowResultArrayRef = $Boolean(object.allowResultArrayRef);
                        if (object.CacheImports) {
                            if (!$Array.isArray(object.CacheImports))
                                throw $TypeError(".moby.buildkit.v1.frontend.SolveRequest.CacheImports: array expected");
                            message.CacheImports = $Array(object.CacheImports.length);
                            for (let i = 0; i < object.CacheImports.length; ++i) {
                                if (!$util.isObject(object.CacheImports[i]))
                                    throw $TypeError(".moby.buildkit.v1.frontend.SolveRequest.CacheImports: object expected");
                                message.CacheImports[i] = $root.moby.buildkit.v1.frontend.CacheOptionsEntry.fromObject(object.CacheImports[i], _depth + 1);
                            }
                        }
                        if (object.FrontendInputs) {
                            if (!$util.isObject(object.FrontendInputs))
                                throw $TypeError(".moby.buildkit.v1.frontend.SolveRequest.FrontendInputs: object expected");
                            message.FrontendInputs = {};
                            for (let keys = $Object.keys(object.FrontendInputs), i = 0; i < keys.length; ++i) {
                                if (keys[i] === "__proto__")
                                    $util.makeProp(message.FrontendInputs, keys[i]);
                                if (!$util.isObject(object.FrontendInputs[keys[i]]))
                                    throw $TypeError(".moby.buildkit.v1.frontend.SolveRequest.FrontendInputs: object expected");
                                message.FrontendInputs[keys[i]] = $root.pb.Definition.fromObject(object.FrontendInputs[keys[i]], _depth + 1);
                            }
                        }
                        if (object.Evaluate != null)
                            if (object.Evaluate)
                                message.Evaluate = $Boolean(object.Evaluate);
                        return message;
                    };

                    SolveRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.CacheImports = [];
                        if (options.objects || options.defaults) {
                            object.FrontendOpt = {};
                            object.FrontendInputs = {};
                        }
                        if (options.defaults) {
                            object.Definition = null;
                            object.Frontend = "";
                            object.allowResultReturn = false;
                            object.allowResultArrayRef = false;
                            object.Evaluate = false;
                        }
                        if (message.Definition != null && $Object.hasOwnProperty.call(message, "Definition"))
                            object.Definition = $root.pb.Definition.toObject(message.Definition, options, _depth + 1);
                        if (message.Frontend != null && $Object.hasOwnProperty.call(message, "Frontend"))
                            object.Frontend = message.Frontend;
                        let keys2;
                        if (message.FrontendOpt && (keys2 = $Object.keys(message.FrontendOpt)).length) {
                            object.FrontendOpt = {};
                            for (let j = 0; j < keys2.length; ++j) {
                                if (keys2[j] === "__proto__")
                                    $util.makeProp(object.FrontendOpt, keys2[j]);
                                object.FrontendOpt[keys2[j]] = message.FrontendOpt[keys2[j]];
                            }
                        }
                        if (message.allowResultReturn != null && $Object.hasOwnProperty.call(message, "allowResultReturn"))
                            object.allowResultReturn = message.allowResultReturn;
                        if (message.allowResultArrayRef != null && $Object.hasOwnProperty.call(message, "allowResultArrayRef"))
                            object.allowResultArrayRef = message.allowResultArrayRef;
                        if (message.CacheImports && message.CacheImports.length) {
                            object.CacheImports = $Array(message.CacheImports.length);
                            for (let j = 0; j < message.CacheImports.length; ++j)
                                object.CacheImports[j] = $root.moby.buildkit.v1.frontend.CacheOptionsEntry.toObject(message.CacheImports[j], options, _depth + 1);
                        }
                        if (message.FrontendInputs && (keys2 = $Object.keys(message.FrontendInputs)).length) {
                            object.FrontendInputs = {};
                            for (let j = 0; j < keys2.length; ++j) {
                                if (keys2[j] === "__proto__")
                                    $util.makeProp(object.FrontendInputs, keys2[j]);
                                object.FrontendInputs[keys2[j]] = $root.pb.Definition.toObject(message.FrontendInputs[keys2[j]], options, _depth + 1);
                            }
                        }
                        if (message.Evaluate != null && $Object.hasOwnProperty.call(message, "Evaluate"))
                            object.Evaluate = message.Evaluate;
                        return object;
                    };

                    SolveRequest.prototype.toJSON = function() {
                        return SolveRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return SolveRequest;
                })();

                frontend.SolveResponse = (function() {

                    const SolveResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    SolveResponse.prototype.ref = "";
                    SolveResponse.prototype.result = null;

                    SolveResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.ref != null && $Object.hasOwnProperty.call(message, "ref") && message.ref !== "")
                            writer.uint32(10).string(message.ref);
                        if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                            $root.moby.buildkit.v1.frontend.Result.encode(message.result, writer.uint32(26).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    SolveResponse.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.moby.buildkit.v1.frontend.SolveResponse();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.ref = value;
                                    else
                                        delete message.ref;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    message.result = $root.moby.buildkit.v1.frontend.Result.decode(reader, reader.size(), $undefined, _depth + 1, message.result);
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    SolveResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.moby.buildkit.v1.frontend.SolveResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".moby.buildkit.v1.frontend.SolveResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.moby.buildkit.v1.frontend.SolveResponse();
                        if (object.ref != null)
                            if (typeof object.ref !== "string" || object.ref.length)
                                message.ref = $String(object.ref);
                        if (object.result != null) {
                            if (!$util.isObject(object.result))
                                throw $TypeError(".moby.buildkit.v1.frontend.SolveResponse.result: object expected");
                            message.result = $root.moby.buildkit.v1.frontend.Result.fromObject(object.result, _depth + 1);
                        }
                        return message;
                    };

                    SolveResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.ref = "";
                            object.result = null;
                        }
                        if (message.ref != null && $Object.hasOwnProperty.call(message, "ref"))
                            object.ref = message.ref;
                        if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                            object.result = $root.moby.buildkit.v1.frontend.Result.toObject(message.result, options, _depth + 1);
                        return object;
                    };

                    SolveResponse.prototype.toJSON = function() {
                        return SolveResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return SolveResponse;
                })();

                frontend.Ref = (function() {

                    const Ref = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Ref.prototype.id = "";
                    Ref.prototype.def = null;

                    Ref.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                            writer.uint32(10).string(message.id);
                        if (message.def != null && $Object.hasOwnProperty.call(message, "def"))
                            $root.pb.Definition.encode(message.def, writer.uint32(18).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    Ref.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.moby.buildkit.v1.frontend.Ref();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.id = value;
                                    else
                                        delete message.id;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.def = $root.pb.Definition.decode(reader, reader.size(), $undefined, _depth + 1, message.def);
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    Ref.fromObject = function (object, _depth) {
                        if (object instanceof $root.moby.buildkit.v1.frontend.Ref)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".moby.buildkit.v1.frontend.Ref: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.moby.buildkit.v1.frontend.Ref();
                        if (object.id != null)
                            if (typeof object.id !== "string" || object.id.length)
                                message.id = $String(object.id);
                        if (object.def != null) {
                            if (!$util.isObject(object.def))
                                throw $TypeError(".moby.buildkit.v1.frontend.Ref.def: object expected");
                            message.def = $root.pb.Definition.fromObject(object.def, _depth + 1);
                        }
                        return message;
                    };

                    Ref.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.id = "";
                            object.def = null;
                        }
                        if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                            object.id = message.id;
                        if (message.def != null && $Object.hasOwnProperty.call(message, "def"))
                            object.def = $root.pb.Definition.toObject(message.def, options, _depth + 1);
                        return object;
                    };

                    Ref.prototype.toJSON = function() {
                        return Ref.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return Ref;
                })();

                frontend.RefMap = (function() {

                    const RefMap = function (properties) {
                        this.refs = {};
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    RefMap.prototype.refs = $util.emptyObject;

                    RefMap.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.refs != null && $Object.hasOwnProperty.call(message, "refs"))
                            for (let keys = $Object.keys(message.refs), i = 0; i < keys.length; ++i) {
                                writer.uint32(10).fork().uint32(10).string(keys[i]);
                                $root.moby.buildkit.v1.frontend.Ref.encode(message.refs[keys[i]], writer.uint32(18).fork(), _depth + 1).ldelim().ldelim();
                            }
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    RefMap.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, key, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.moby.buildkit.v1.frontend.RefMap();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if (message.refs === $util.emptyObject)
                                        message.refs = {};
                                    let end2 = reader.size() + reader.pos;
                                    if (end2 > reader.len)
                                        throw $RangeError("index out of range");
                                    reader.len = end2;
                                    key = "";
                                    value = null;
                                    while (reader.pos < end2) {
                                        let tag2 = reader.tag();
                                        wireType = tag2 & 7;
                                        switch (tag2 >>>= 3) {
                                        case 1:
                                            if (wireType !== 2)
                                                break;
                                            key = reader.stringVerify();
                                            continue;
                                        case 2:
                                            if (wireType !== 2)
                                                break;
                                            value = $root.moby.buildkit.v1.frontend.Ref.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                            continue;
                                        }
                                        reader.skipType(wireType, _depth, tag2);
                                    }
                                    if (reader.pos !== end2)
                                        throw $RangeError("index out of range");
                                    reader.len = end;
                                    if (key === "__proto__")
                                        $util.makeProp(message.refs, key);
                                    message.refs[key] = value || new $root.moby.buildkit.v1.frontend.Ref();
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    RefMap.fromObject = function (object, _depth) {
                        if (object instanceof $root.moby.buildkit.v1.frontend.RefMap)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".moby.buildkit.v1.frontend.RefMap: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.moby.buildkit.v1.frontend.RefMap();
                        if (object.refs) {
                            if (!$util.isObject(object.refs))
                                throw $TypeError(".moby.buildkit.v1.frontend.RefMap.refs: object expected");
                            message.refs = {};
                            for (let keys = $Object.keys(object.refs), i = 0; i < keys.length; ++i) {
                                if (keys[i] === "__proto__")
                                    $util.makeProp(message.refs, keys[i]);
                                if (!$util.isObject(object.refs[keys[i]]))
                                    throw $TypeError(".moby.buildkit.v1.frontend.RefMap.refs: object expected");
                                message.refs[keys[i]] = $root.moby.buildkit.v1.frontend.Ref.fromObject(object.refs[keys[i]], _depth + 1);
                            }
                        }
                        return message;
                    };

                    RefMap.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.objects || options.defaults)
                            object.refs = {};
                        let keys2;
                        if (message.refs && (keys2 = $Object.keys(message.refs)).length) {
                            object.refs = {};
                            for (let j = 0; j < keys2.length; ++j) {
                                if (keys2[j] === "__proto__")
                                    $util.makeProp(object.refs, keys2[j]);
                                object.refs[keys2[j]] = $root.moby.buildkit.v1.frontend.Ref.toObject(message.refs[keys2[j]], options, _depth + 1);
                            }
                        }
                        return object;
                    };

                    RefMap.prototype.toJSON = function() {
                        return RefMap.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return RefMap;
                })();

                frontend.Result = (function() {

                    const Result = function (properties) {
                        this.metadata = {};
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Result.prototype.ref = null;
                    Result.prototype.refs = null;
                    Result.prototype.metadata = $util.emptyObject;

                    let $oneOfFields;

                    $Object.defineProperty(Result.prototype, "result", {
                        get: $util.oneOfGetter($oneOfFields = ["ref", "refs"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    Result.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.ref != null && $Object.hasOwnProperty.call(message, "ref"))
                            $root.moby.buildkit.v1.frontend.Ref.encode(message.ref, writer.uint32(26).fork(), _depth + 1).ldelim();
                        if (message.refs != null && $Object.hasOwnProperty.call(message, "refs"))
                            $root.moby.buildkit.v1.frontend.RefMap.encode(message.refs, writer.uint32(34).fork(), _depth + 1).ldelim();
                        if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                            for (let keys = $Object.keys(message.metadata), i = 0; i < keys.length; ++i)
                                writer.uint32(82).fork().uint32(10).string(keys[i]).uint32(18).bytes(message.metadata[keys[i]]).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    Result.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, key, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.moby.buildkit.v1.frontend.Result();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    message.ref = $root.moby.buildkit.v1.frontend.Ref.decode(reader, reader.size(), $undefined, _depth + 1, message.ref);
                                    message.result = "ref";
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 2)
                                        break;
                                    message.refs = $root.moby.buildkit.v1.frontend.RefMap.decode(reader, reader.size(), $undefined, _depth + 1, message.refs);
                                    message.result = "refs";
                                    continue;
                                }
                            case 10: {
                                    if (wireType !== 2)
                                        break;
                                    if (message.metadata === $util.emptyObject)
                                        message.metadata = {};
                                    let end2 = reader.size() + reader.pos;
                                    if (end2 > reader.len)
                                        throw $RangeError("index out of range");
                                    reader.len = end2;
                                    key = "";
                                    value = [];
                                    while (reader.pos < end2) {
                                        let tag2 = reader.tag();
                                        wireType = tag2 & 7;
                                        switch (tag2 >>>= 3) {
                                        case 1:
                                            if (wireType !== 2)
                                                break;
                                            key = reader.stringVerify();
                                            continue;
                                        case 2:
                                            if (wireType !== 2)
                                                break;
                                            value = reader.bytes();
                                            continue;
                                        }
                                        reader.skipType(wireType, _depth, tag2);
                                    }
                                    if (reader.pos !== end2)
                                        throw $RangeError("index out of range");
                                    reader.len = end;
                                    if (key === "__proto__")
                                        $util.makeProp(message.metadata, key);
                                    message.metadata[key] = value;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    Result.fromObject = function (object, _depth) {
                        if (object instanceof $root.moby.buildkit.v1.frontend.Result)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".moby.buildkit.v1.frontend.Result: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.moby.buildkit.v1.frontend.Result();
                        if (object.ref != null) {
                            if (!$util.isObject(object.ref))
                                throw $TypeError(".moby.buildkit.v1.frontend.Result.ref: object expected");
                            message.ref = $root.moby.buildkit.v1.frontend.Ref.fromObject(object.ref, _depth + 1);
                        }
                        if (object.refs != null) {
                            if (!$util.isObject(object.refs))
                                throw $TypeError(".moby.buildkit.v1.frontend.Result.refs: object expected");
                            message.refs = $root.moby.buildkit.v1.frontend.RefMap.fromObject(object.refs, _depth + 1);
                        }
                        if (object.metadata) {
                            if (!$util.isObject(object.metadata))
                                throw $TypeError(".moby.buildkit.v1.frontend.Result.metadata: object expected");
                            message.metadata = {};
                            for (let keys = $Object.keys(object.metadata), i = 0; i < keys.length; ++i) {
                                if (keys[i] === "__proto__")
                                    $util.makeProp(message.metadata, keys[i]);
                                if (typeof object.metadata[keys[i]] === "string")
                                    $util.base64.decode(object.metadata[keys[i]], message.metadata[keys[i]] = $util.newBuffer($util.base64.length(object.metadata[keys[i]])), 0);
                                else if (object.metadata[keys[i]].length >= 0)
                                    message.metadata[keys[i]] = object.metadata[keys[i]];
                            }
                        }
                        return message;
                    };

                    Result.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.objects || options.defaults)
                            object.metadata = {};
                        if (message.ref != null && $Object.hasOwnProperty.call(message, "ref")) {
                            object.ref = $root.moby.buildkit.v1.frontend.Ref.toObject(message.ref, options, _depth + 1);
                            if (options.oneofs)
                                object.result = "ref";
                        }
                        if (message.refs != null && $Object.hasOwnProperty.call(message, "refs")) {
                            object.refs = $root.moby.buildkit.v1.frontend.RefMap.toObject(message.refs, options, _depth + 1);
                            if (options.oneofs)
                                object.result = "refs";
                        }
                        let keys2;
                        if (message.metadata && (keys2 = $Object.keys(message.metadata)).length) {
                            object.metadata = {};
                            for (let j = 0; j < keys2.length; ++j) {
                                if (keys2[j] === "__proto__")
                                    $util.makeProp(object.metadata, keys2[j]);
                                object.metadata[keys2[j]] = options.bytes === $String ? $util.base64.encode(message.metadata[keys2[j]], 0, message.metadata[keys2[j]].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.metadata[keys2[j]]) : message.metadata[keys2[j]];
                            }
                        }
                        return object;
                    };

                    Result.prototype.toJSON = function() {
                        return Result.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return Result;
                })();

                frontend.ReturnRequest = (function() {

                    const ReturnRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    ReturnRequest.prototype.result = null;
                    ReturnRequest.prototype.error = null;

                    ReturnRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                            $root.moby.buildkit.v1.frontend.Result.encode(message.result, writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                            $root.google.rpc.Status.encode(message.error, writer.uint32(18).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    ReturnRequest.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.moby.buildkit.v1.frontend.ReturnRequest();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    message.result = $root.moby.buildkit.v1.frontend.Result.decode(reader, reader.size(), $undefined, _depth + 1, message.result);
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.error = $root.google.rpc.Status.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    ReturnRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.moby.buildkit.v1.frontend.ReturnRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".moby.buildkit.v1.frontend.ReturnRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.moby.buildkit.v1.frontend.ReturnRequest();
                        if (object.result != null) {
                            if (!$util.isObject(object.result))
                                throw $TypeError(".moby.buildkit.v1.frontend.ReturnRequest.result: object expected");
                            message.result = $root.moby.buildkit.v1.frontend.Result.fromObject(object.result, _depth + 1);
                        }
                        if (object.error != null) {
                            if (!$util.isObject(object.error))
                                throw $TypeError(".moby.buildkit.v1.frontend.ReturnRequest.error: object expected");
                            message.error = $root.google.rpc.Status.fromObject(object.error, _depth + 1);
                        }
                        return message;
                    };

                    ReturnRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.result = null;
                            object.error = null;
                        }
                        if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                            object.result = $root.moby.buildkit.v1.frontend.Result.toObject(message.result, options, _depth + 1);
                        if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                            object.error = $root.google.rpc.Status.toObject(message.error, options, _depth + 1);
                        return object;
                    };

                    ReturnRequest.prototype.toJSON = function() {
                        return ReturnRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return ReturnRequest;
                })();

                frontend.ReturnResponse = (function() {

                    const ReturnResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    ReturnResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    ReturnResponse.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.moby.buildkit.v1.frontend.ReturnResponse();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            reader.skipType(tag & 7, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    ReturnResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.moby.buildkit.v1.frontend.ReturnResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".moby.buildkit.v1.frontend.ReturnResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        return new $root.moby.buildkit.v1.frontend.ReturnResponse();
                    };

                    ReturnResponse.toObject = function () {
                        return {};
                    };

                    ReturnResponse.prototype.toJSON = function() {
                        return ReturnResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return ReturnResponse;
                })();

                frontend.InputsRequest = (function() {

                    const InputsRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    InputsRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    InputsRequest.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.moby.buildkit.v1.frontend.InputsRequest();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            reader.skipType(tag & 7, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    InputsRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.moby.buildkit.v1.frontend.InputsRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".moby.buildkit.v1.frontend.InputsRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        return new $root.moby.buildkit.v1.frontend.InputsRequest();
                    };

                    InputsRequest.toObject = function () {
                        return {};
                    };

                    InputsRequest.prototype.toJSON = function() {
                        return InputsRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return InputsRequest;
                })();

                frontend.InputsResponse = (function() {

                    const InputsResponse = function (properties) {
                        this.Definitions = {};
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    InputsResponse.prototype.Definitions = $util.emptyObject;

                    InputsResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.Definitions != null && $Object.hasOwnProperty.call(message, "Definitions"))
                            for (let keys = $Object.keys(message.Definitions), i = 0; i < keys.length; ++i) {
                                writer.uint32(10).fork().uint32(10).string(keys[i]);
                                $root.pb.Definition.encode(message.Definitions[keys[i]], writer.uint32(18).fork(), _depth + 1).ldelim().ldelim();
                            }
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    InputsResponse.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, key, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.moby.buildkit.v1.frontend.InputsResponse();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if (message.Definitions === $util.emptyObject)
                                        message.Definitions = {};
                                    let end2 = reader.size() + reader.pos;
                                    if (end2 > reader.len)
                                        throw $RangeError("index out of range");
                                    reader.len = end2;
                                    key = "";
                                    value = null;
                                    while (reader.pos < end2) {
                                        let tag2 = reader.tag();
                                        wireType = tag2 & 7;
                                        switch (tag2 >>>= 3) {
                                        case 1:
                                            if (wireType !== 2)
                                                break;
                                            key = reader.stringVerify();
                                            continue;
                                        case 2:
                                            if (wireType !== 2)
                                                break;
                                            value = $root.pb.Definition.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                            continue;
                                        }
                                        reader.skipType(wireType, _depth, tag2);
                                    }
                                    if (reader.pos !== end2)
                                        throw $RangeError("index out of range");
                                    reader.len = end;
                                    if (key === "__proto__")
                                        $util.makeProp(message.Definitions, key);
                                    message.Definitions[key] = value || new $root.pb.Definition();
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    InputsResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.moby.buildkit.v1.frontend.InputsResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".moby.buildkit.v1.frontend.InputsResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.moby.buildkit.v1.frontend.InputsResponse();
                        if (object.Definitions) {
                            if (!$util.isObject(object.Definitions))
                                throw $TypeError(".moby.buildkit.v1.frontend.InputsResponse.Definitions: object expected");
                            message.Definitions = {};
                            for (let keys = $Object.keys(object.Definitions), i = 0; i < keys.length; ++i) {
                                if (keys[i] === "__proto__")
                                    $util.makeProp(message.Definitions, keys[i]);
                                if (!$util.isObject(object.Definitions[keys[i]]))
                                    throw $TypeError(".moby.buildkit.v1.frontend.InputsResponse.Definitions: object expected");
                                message.Definitions[keys[i]] = $root.pb.Definition.fromObject(object.Definitions[keys[i]], _depth + 1);
                            }
                        }
                        return message;
                    };

                    InputsResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.objects || options.defaults)
                            object.Definitions = {};
                        let keys2;
                        if (message.Definitions && (keys2 = $Object.keys(message.Definitions)).length) {
                            object.Definitions = {};
                            for (let j = 0; j < keys2.length; ++j) {
                                if (keys2[j] === "__proto__")
                                    $util.makeProp(object.Definitions, keys2[j]);
                                object.Definitions[keys2[j]] = $root.pb.Definition.toObject(message.Definitions[keys2[j]], options, _depth + 1);
                            }
                        }
                        return object;
                    };

                    InputsResponse.prototype.toJSON = function() {
                        return InputsResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return InputsResponse;
                })();

                frontend.FileRange = (function() {

                    const FileRange = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    FileRange.prototype.Offset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
                    FileRange.prototype.Length = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                    FileRange.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.Offset != null && $Object.hasOwnProperty.call(message, "Offset") && (typeof message.Offset === "object" ? message.Offset.low || message.Offset.high : message.Offset !== 0))
                            writer.uint32(8).int64(message.Offset);
                        if (message.Length != null && $Object.hasOwnProperty.call(message, "Length") && (typeof message.Length === "object" ? message.Length.low || message.Length.high : message.Length !== 0))
                            writer.uint32(16).int64(message.Length);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    FileRange.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.moby.buildkit.v1.frontend.FileRange();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                        message.Offset = value;
                                    else
                                        delete message.Offset;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                        message.Length = value;
                                    else
                                        delete message.Length;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    FileRange.fromObject = function (object, _depth) {
                        if (object instanceof $root.moby.buildkit.v1.frontend.FileRange)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".moby.buildkit.v1.frontend.FileRange: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.moby.buildkit.v1.frontend.FileRange();
                        if (object.Offset != null)
                            if (typeof object.Offset === "object" ? object.Offset.low || object.Offset.high : $Number(object.Offset) !== 0)
                                if ($util.Long)
                                    message.Offset = $util.Long.fromValue(object.Offset, false);
                                else if (typeof object.Offset === "string")
                                    message.Offset = $parseInt(object.Offset, 10);
                                else if (typeof object.Offset === "number")
                                    message.Offset = object.Offset;
                                else if (typeof object.Offset === "object")
                                    message.Offset = new $util.LongBits(object.Offset.low >>> 0, object.Offset.high >>> 0).toNumber();
                        if (object.Length != null)
                            if (typeof object.Length === "object" ? object.Length.low || object.Length.high : $Number(object.Length) !== 0)
                                if ($util.Long)
                                    message.Length = $util.Long.fromValue(object.Length, false);
                                else if (typeof object.Length === "string")
                                    message.Length = $parseInt(object.Length, 10);
                                else if (typeof object.Length === "number")
                                    message.Length = object.Length;
                                else if (typeof object.Length === "object")
                                    message.Length = new $util.LongBits(object.Length.low >>> 0, object.Length.high >>> 0).toNumber();
                        return message;
                    };

                    FileRange.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, false);
                                object.Offset = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.Offset = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, false);
                                object.Length = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.Length = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        }
                        if (message.Offset != null && $Object.hasOwnProperty.call(message, "Offset"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.Offset = typeof message.Offset === "number" ? $BigInt(message.Offset) : $util.Long.fromBits(message.Offset.low >>> 0, message.Offset.high >>> 0, false).toBigInt();
                            else if (typeof message.Offset === "number")
                                object.Offset = options.longs === $String ? $String(message.Offset) : message.Offset;
                            else
                                object.Offset = options.longs === $String ? $util.Long.prototype.toString.call(message.Offset) : options.longs === $Number ? new $util.LongBits(message.Offset.low >>> 0, message.Offset.high >>> 0).toNumber() : message.Offset;
                        if (message.Length != null && $Object.hasOwnProperty.call(message, "Length"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.Length = typeof message.Length === "number" ? $BigInt(message.Length) : $util.Long.fromBits(message.Length.low >>> 0, message.Length.high >>> 0, false).toBigInt();
                            else if (typeof message.Length === "number")
                                object.Length = options.longs === $String ? $String(message.Length) : message.Length;
                            else
                                object.Length = options.longs === $String ? $util.Long.prototype.toString.call(message.Length) : options.longs === $Number ? new $util.LongBits(message.Length.low >>> 0, message.Length.high >>> 0).toNumber() : message.Length;
                        return object;
                    };

                    FileRange.prototype.toJSON = function() {
                        return FileRange.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return FileRange;
                })();

                frontend.ReadFileRequest = (function() {

                    const ReadFileRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    ReadFileRequest.prototype.Ref = "";
                    ReadFileRequest.prototype.FilePath = "";
                    ReadFileRequest.prototype.Range = null;

                    ReadFileRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.Ref != null && $Object.hasOwnProperty.call(message, "Ref") && message.Ref !== "")
                            writer.uint32(10).string(message.Ref);
                        if (message.FilePath != null && $Object.hasOwnProperty.call(message, "FilePath") && message.FilePath !== "")
                            writer.uint32(18).string(message.FilePath);
                        if (message.Range != null && $Object.hasOwnProperty.call(message, "Range"))
                            $root.moby.buildkit.v1.frontend.FileRange.encode(message.Range, writer.uint32(26).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    ReadFileRequest.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.moby.buildkit.v1.frontend.ReadFileRequest();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.Ref = value;
                                    else
                                        delete message.Ref;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.FilePath = value;
                                    else
                                        delete message.FilePath;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    message.Range = $root.moby.buildkit.v1.frontend.FileRange.decode(reader, reader.size(), $undefined, _depth + 1, message.Range);
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    ReadFileRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.moby.buildkit.v1.frontend.ReadFileRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".moby.buildkit.v1.frontend.ReadFileRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.moby.buildkit.v1.frontend.ReadFileRequest();
                        if (object.Ref != null)
                            if (typeof object.Ref !== "string" || object.Ref.length)
                                message.Ref = $String(object.Ref);
                        if (object.FilePath != null)
                            if (typeof object.FilePath !== "string" || object.FilePath.length)
                                message.FilePath = $String(object.FilePath);
                        if (object.Range != null) {
                            if (!$util.isObject(object.Range))
                                throw $TypeError(".moby.buildkit.v1.frontend.ReadFileRequest.Range: object expected");
                            message.Range = $root.moby.buildkit.v1.frontend.FileRange.fromObject(object.Range, _depth + 1);
                        }
                        return message;
                    };

                    ReadFileRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.Ref = "";
                            object.FilePath = "";
                            object.Range = null;
                        }
                        if (message.Ref != null && $Object.hasOwnProperty.call(message, "Ref"))
                            object.Ref = message.Ref;
                        if (message.FilePath != null && $Object.hasOwnProperty.call(message, "FilePath"))
                            object.FilePath = message.FilePath;
                        if (message.Range != null && $Object.hasOwnProperty.call(message, "Range"))
                            object.Range = $root.moby.buildkit.v1.frontend.FileRange.toObject(message.Range, options, _depth + 1);
                        return object;
                    };

                    ReadFileRequest.prototype.toJSON = function() {
                        return ReadFileRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return ReadFileRequest;
                })();

                frontend.ReadFileResponse = (function() {

                    const ReadFileResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    ReadFileResponse.prototype.Data = $util.newBuffer([]);

                    ReadFileResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.Data != null && $Object.hasOwnProperty.call(message, "Data") && message.Data.length)
                            writer.uint32(10).bytes(message.Data);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    ReadFileResponse.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.moby.buildkit.v1.frontend.ReadFileResponse();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.bytes()).length)
                                        message.Data = value;
                                    else
                                        delete message.Data;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    ReadFileResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.moby.buildkit.v1.frontend.ReadFileResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".moby.buildkit.v1.frontend.ReadFileResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.moby.buildkit.v1.frontend.ReadFileResponse();
                        if (object.Data != null)
                            if (object.Data.length)
                                if (typeof object.Data === "string")
                                    $util.base64.decode(object.Data, message.Data = $util.newBuffer($util.base64.length(object.Data)), 0);
                                else if (object.Data.length >= 0)
                                    message.Data = object.Data;
                        return message;
                    };

                    ReadFileResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            if (options.bytes === $String)
                                object.Data = "";
                            else {
                                object.Data = [];
                                if (options.bytes !== $Array)
                                    object.Data = $util.newBuffer(object.Data);
                            }
                        if (message.Data != null && $Object.hasOwnProperty.call(message, "Data"))
                            object.Data = options.bytes === $String ? $util.base64.encode(message.Data, 0, message.Data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.Data) : message.Data;
                        return object;
                    };

                    ReadFileResponse.prototype.toJSON = function() {
                        return ReadFileResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return ReadFileResponse;
                })();

                frontend.ReadDirRequest = (function() {

                    const ReadDirRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    ReadDirRequest.prototype.Ref = "";
                    ReadDirRequest.prototype.DirPath = "";
                    ReadDirRequest.prototype.IncludePattern = "";

                    ReadDirRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.Ref != null && $Object.hasOwnProperty.call(message, "Ref") && message.Ref !== "")
                            writer.uint32(10).string(message.Ref);
                        if (message.DirPath != null && $Object.hasOwnProperty.call(message, "DirPath") && message.DirPath !== "")
                            writer.uint32(18).string(message.DirPath);
                        if (message.IncludePattern != null && $Object.hasOwnProperty.call(message, "IncludePattern") && message.IncludePattern !== "")
                            writer.uint32(26).string(message.IncludePattern);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    ReadDirRequest.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.moby.buildkit.v1.frontend.ReadDirRequest();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.Ref = value;
                                    else
                                        delete message.Ref;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.DirPath = value;
                                    else
                                        delete message.DirPath;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.IncludePattern = value;
                                    else
                                        delete message.IncludePattern;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    ReadDirRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.moby.buildkit.v1.frontend.ReadDirRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".moby.buildkit.v1.frontend.ReadDirRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.moby.buildkit.v1.frontend.ReadDirRequest();
                        if (object.Ref != null)
                            if (typeof object.Ref !== "string" || object.Ref.length)
                                message.Ref = $String(object.Ref);
                        if (object.DirPath != null)
                            if (typeof object.DirPath !== "string" || object.DirPath.length)
                                message.DirPath = $String(object.DirPath);
                        if (object.IncludePattern != null)
                            if (typeof object.IncludePattern !== "string" || object.IncludePattern.length)
                                message.IncludePattern = $String(object.IncludePattern);
                        return message;
                    };

                    ReadDirRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.Ref = "";
                            object.DirPath = "";
                            object.IncludePattern = "";
                        }
                        if (message.Ref != null && $Object.hasOwnProperty.call(message, "Ref"))
                            object.Ref = message.Ref;
                        if (message.DirPath != null && $Object.hasOwnProperty.call(message, "DirPath"))
                            object.DirPath = message.DirPath;
                        if (message.IncludePattern != null && $Object.hasOwnProperty.call(message, "IncludePattern"))
                            object.IncludePattern = message.IncludePattern;
                        return object;
                    };

                    ReadDirRequest.prototype.toJSON = function() {
                        return ReadDirRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return ReadDirRequest;
                })();

                frontend.ReadDirResponse = (function() {

                    const ReadDirResponse = function (properties) {
                        this.entries = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    ReadDirResponse.prototype.entries = $util.emptyArray;

                    ReadDirResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.entries != null && message.entries.length)
                            for (let i = 0; i < message.entries.length; ++i)
                                $root.fsutil.types.Stat.encode(message.entries[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    ReadDirResponse.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.moby.buildkit.v1.frontend.ReadDirResponse();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.entries && message.entries.length))
                                        message.entries = [];
                                    message.entries.push($root.fsutil.types.Stat.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    ReadDirResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.moby.buildkit.v1.frontend.ReadDirResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".moby.buildkit.v1.frontend.ReadDirResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.moby.buildkit.v1.frontend.ReadDirResponse();
                        if (object.entries) {
                            if (!$Array.isArray(object.entries))
                                throw $TypeError(".moby.buildkit.v1.frontend.ReadDirResponse.entries: array expected");
                            message.entries = $Array(object.entries.length);
                            for (let i = 0; i < object.entries.length; ++i) {
                                if (!$util.isObject(object.entries[i]))
                                    throw $TypeError(".moby.buildkit.v1.frontend.ReadDirResponse.entries: object expected");
                                message.entries[i] = $root.fsutil.types.Stat.fromObject(object.entries[i], _depth + 1);
                            }
                        }
                        return message;
                    };

                    ReadDirResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.entries = [];
                        if (message.entries && message.entries.length) {
                            object.entries = $Array(message.entries.length);
                            for (let j = 0; j < message.entries.length; ++j)
                                object.entries[j] = $root.fsutil.types.Stat.toObject(message.entries[j], options, _depth + 1);
                        }
                        return object;
                    };

                    ReadDirResponse.prototype.toJSON = function() {
                        return ReadDirResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return ReadDirResponse;
                })();

                frontend.StatFileRequest = (function() {

                    const StatFileRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    StatFileRequest.prototype.Ref = "";
                    StatFileRequest.prototype.Path = "";

                    StatFileRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.Ref != null && $Object.hasOwnProperty.call(message, "Ref") && message.Ref !== "")
                            writer.uint32(10).string(message.Ref);
                        if (message.Path != null && $Object.hasOwnProperty.call(message, "Path") && message.Path !== "")
                            writer.uint32(18).string(message.Path);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    StatFileRequest.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.moby.buildkit.v1.frontend.StatFileRequest();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.Ref = value;
                                    else
                                        delete message.Ref;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.Path = value;
                                    else
                                        delete message.Path;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    StatFileRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.moby.buildkit.v1.frontend.StatFileRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".moby.buildkit.v1.frontend.StatFileRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.moby.buildkit.v1.frontend.StatFileRequest();
                        if (object.Ref != null)
                            if (typeof object.Ref !== "string" || object.Ref.length)
                                message.Ref = $String(object.Ref);
                        if (object.Path != null)
                            if (typeof object.Path !== "string" || object.Path.length)
                                message.Path = $String(object.Path);
                        return message;
                    };

                    StatFileRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.Ref = "";
                            object.Path = "";
                        }
                        if (message.Ref != null && $Object.hasOwnProperty.call(message, "Ref"))
                            object.Ref = message.Ref;
                        if (message.Path != null && $Object.hasOwnProperty.call(message, "Path"))
                            object.Path = message.Path;
                        return object;
                    };

                    StatFileRequest.prototype.toJSON = function() {
                        return StatFileRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return StatFileRequest;
                })();

                frontend.StatFileResponse = (function() {

                    const StatFileResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    StatFileResponse.prototype.stat = null;

                    StatFileResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.stat != null && $Object.hasOwnProperty.call(message, "stat"))
                            $root.fsutil.types.Stat.encode(message.stat, writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    StatFileResponse.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.moby.buildkit.v1.frontend.StatFileResponse();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    message.stat = $root.fsutil.types.Stat.decode(reader, reader.size(), $undefined, _depth + 1, message.stat);
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    StatFileResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.moby.buildkit.v1.frontend.StatFileResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".moby.buildkit.v1.frontend.StatFileResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.moby.buildkit.v1.frontend.StatFileResponse();
                        if (object.stat != null) {
                            if (!$util.isObject(object.stat))
                                throw $TypeError(".moby.buildkit.v1.frontend.StatFileResponse.stat: object expected");
                            message.stat = $root.fsutil.types.Stat.fromObject(object.stat, _depth + 1);
                        }
                        return message;
                    };

                    StatFileResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            object.stat = null;
                        if (message.stat != null && $Object.hasOwnProperty.call(message, "stat"))
                            object.stat = $root.fsutil.types.Stat.toObject(message.stat, options, _depth + 1);
                        return object;
                    };

                    StatFileResponse.prototype.toJSON = function() {
                        return StatFileResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return StatFileResponse;
                })();

                frontend.EvaluateRequest = (function() {

                    const EvaluateRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    EvaluateRequest.prototype.Ref = "";

                    EvaluateRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.Ref != null && $Object.hasOwnProperty.call(message, "Ref") && message.Ref !== "")
                            writer.uint32(10).string(message.Ref);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    EvaluateRequest.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.moby.buildkit.v1.frontend.EvaluateRequest();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.Ref = value;
                                    else
                                        delete message.Ref;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    EvaluateRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.moby.buildkit.v1.frontend.EvaluateRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".moby.buildkit.v1.frontend.EvaluateRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.moby.buildkit.v1.frontend.EvaluateRequest();
                        if (object.Ref != null)
                            if (typeof object.Ref !== "string" || object.Ref.length)
                                message.Ref = $String(object.Ref);
                        return message;
                    };

                    EvaluateRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            object.Ref = "";
                        if (message.Ref != null && $Object.hasOwnProperty.call(message, "Ref"))
                            object.Ref = message.Ref;
                        return object;
                    };

                    EvaluateRequest.prototype.toJSON = function() {
                        return EvaluateRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return EvaluateRequest;
                })();

                frontend.EvaluateResponse = (function() {

                    const EvaluateResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    EvaluateResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    EvaluateResponse.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.moby.buildkit.v1.frontend.EvaluateResponse();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            reader.skipType(tag & 7, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    EvaluateResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.moby.buildkit.v1.frontend.EvaluateResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".moby.buildkit.v1.frontend.EvaluateResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        return new $root.moby.buildkit.v1.frontend.EvaluateResponse();
                    };

                    EvaluateResponse.toObject = function () {
                        return {};
                    };

                    EvaluateResponse.prototype.toJSON = function() {
                        return EvaluateResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return EvaluateResponse;
                })();

                frontend.ResolveImageConfigRequest = (function() {

                    const ResolveImageConfigRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    ResolveImageConfigRequest.prototype.Ref = "";
                    ResolveImageConfigRequest.prototype.Platform = null;
                    ResolveImageConfigRequest.prototype.ResolveMode = "";
                    ResolveImageConfigRequest.prototype.LogName = "";

                    ResolveImageConfigRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.Ref != null && $Object.hasOwnProperty.call(message, "Ref") && message.Ref !== "")
                            writer.uint32(10).string(message.Ref);
                        if (message.Platform != null && $Object.hasOwnProperty.call(message, "Platform"))
                            $root.pb.Platform.encode(message.Platform, writer.uint32(18).fork(), _depth + 1).ldelim();
                        if (message.ResolveMode != null && $Object.hasOwnProperty.call(message, "ResolveMode") && message.ResolveMode !== "")
                            writer.uint32(26).string(message.ResolveMode);
                        if (message.LogName != null && $Object.hasOwnProperty.call(message, "LogName") && message.LogName !== "")
                            writer.uint32(34).string(message.LogName);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    ResolveImageConfigRequest.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.moby.buildkit.v1.frontend.ResolveImageConfigRequest();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.Ref = value;
                                    else
                                        delete message.Ref;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.Platform = $root.pb.Platform.decode(reader, reader.size(), $undefined, _depth + 1, message.Platform);
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.ResolveMode = value;
                                    else
                                        delete message.ResolveMode;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.LogName = value;
                                    else
                                        delete message.LogName;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    ResolveImageConfigRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.moby.buildkit.v1.frontend.ResolveImageConfigRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".moby.buildkit.v1.frontend.ResolveImageConfigRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.moby.buildkit.v1.frontend.ResolveImageConfigRequest();
                        if (object.Ref != null)
                            if (typeof object.Ref !== "string" || object.Ref.length)
                                message.Ref = $String(object.Ref);
                        if (object.Platform != null) {
                            if (!$util.isObject(object.Platform))
                                throw $TypeError(".moby.buildkit.v1.frontend.ResolveImageConfigRequest.Platform: object expected");
                            message.Platform = $root.pb.Platform.fromObject(object.Platform, _depth + 1);
                        }
                        if (object.ResolveMode != null)
                            if (typeof object.ResolveMode !== "string" || object.ResolveMode.length)
                                message.ResolveMode = $String(object.ResolveMode);
                        if (object.LogName != null)
                            if (typeof object.LogName !== "string" || object.LogName.length)
                                message.LogName = $String(object.LogName);
                        return message;
                    };

                    ResolveImageConfigRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.Ref = "";
                            object.Platform = null;
                            object.ResolveMode = "";
                            object.LogName = "";
                        }
                        if (message.Ref != null && $Object.hasOwnProperty.call(message, "Ref"))
                            object.Ref = message.Ref;
                        if (message.Platform != null && $Object.hasOwnProperty.call(message, "Platform"))
                            object.Platform = $root.pb.Platform.toObject(message.Platform, options, _depth + 1);
                        if (message.ResolveMode != null && $Object.hasOwnProperty.call(message, "ResolveMode"))
                            object.ResolveMode = message.ResolveMode;
                        if (message.LogName != null && $Object.hasOwnProperty.call(message, "LogName"))
                            object.LogName = message.LogName;
                        return object;
                    };

                    ResolveImageConfigRequest.prototype.toJSON = function() {
                        return ResolveImageConfigRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return ResolveImageConfigRequest;
                })();

                frontend.ResolveImageConfigResponse = (function() {

                    const ResolveImageConfigResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    ResolveImageConfigResponse.prototype.Digest = "";
                    ResolveImageConfigResponse.prototype.Config = $util.newBuffer([]);
                    ResolveImageConfigResponse.prototype.Ref = "";

                    ResolveImageConfigResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.Digest != null && $Object.hasOwnProperty.call(message, "Digest") && message.Digest !== "")
                            writer.uint32(10).string(message.Digest);
                        if (message.Config != null && $Object.hasOwnProperty.call(message, "Config") && message.Config.length)
                            writer.uint32(18).bytes(message.Config);
                        if (message.Ref != null && $Object.hasOwnProperty.call(message, "Ref") && message.Ref !== "")
                            writer.uint32(26).string(message.Ref);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    ResolveImageConfigResponse.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.moby.buildkit.v1.frontend.ResolveImageConfigResponse();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.Digest = value;
                                    else
                                        delete message.Digest;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.bytes()).length)
                                        message.Config = value;
                                    else
                                        delete message.Config;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.Ref = value;
                                    else
                                        delete message.Ref;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    ResolveImageConfigResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.moby.buildkit.v1.frontend.ResolveImageConfigResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".moby.buildkit.v1.frontend.ResolveImageConfigResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.moby.buildkit.v1.frontend.ResolveImageConfigResponse();
                        if (object.Digest != null)
                            if (typeof object.Digest !== "string" || object.Digest.length)
                                message.Digest = $String(object.Digest);
                        if (object.Config != null)
                            if (object.Config.length)
                                if (typeof object.Config === "string")
                                    $util.base64.decode(object.Config, message.Config = $util.newBuffer($util.base64.length(object.Config)), 0);
                                else if (object.Config.length >= 0)
                                    message.Config = object.Config;
                        if (object.Ref != null)
                            if (typeof object.Ref !== "string" || object.Ref.length)
                                message.Ref = $String(object.Ref);
                        return message;
                    };

                    ResolveImageConfigResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.Digest = "";
                            if (options.bytes === $String)
                                object.Config = "";
                            else {
                                object.Config = [];
                                if (options.bytes !== $Array)
                                    object.Config = $util.newBuffer(object.Config);
                            }
                            object.Ref = "";
                        }
                        if (message.Digest != null && $Object.hasOwnProperty.call(message, "Digest"))
                            object.Digest = message.Digest;
                        if (message.Config != null && $Object.hasOwnProperty.call(message, "Config"))
                            object.Config = options.bytes === $String ? $util.base64.encode(message.Config, 0, message.Config.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.Config) : message.Config;
                        if (message.Ref != null && $Object.hasOwnProperty.call(message, "Ref"))
                            object.Ref = message.Ref;
                        return object;
                    };

                    ResolveImageConfigResponse.prototype.toJSON = function() {
                        return ResolveImageConfigResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return ResolveImageConfigResponse;
                })();

                frontend.WarnRequest = (function() {

                    const WarnRequest = function (properties) {
                        this.detail = [];
                        this.ranges = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    WarnRequest.prototype.digest = "";
                    WarnRequest.prototype.level = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
                    WarnRequest.prototype.short = $util.newBuffer([]);
                    WarnRequest.prototype.detail = $util.emptyArray;
                    WarnRequest.prototype.url = "";
                    WarnRequest.prototype.info = null;
                    WarnRequest.prototype.ranges = $util.emptyArray;

                    WarnRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.digest != null && $Object.hasOwnProperty.call(message, "digest") && message.digest !== "")
                            writer.uint32(10).string(message.digest);
                        if (message.level != null && $Object.hasOwnProperty.call(message, "level") && (typeof message.level === "object" ? message.level.low || message.level.high : message.level !== 0))
                            writer.uint32(16).int64(message.level);
                        if (message.short != null && $Object.hasOwnProperty.call(message, "short") && message.short.length)
                            writer.uint32(26).bytes(message.short);
                        if (message.detail != null && message.detail.length)
                            for (let i = 0; i < message.detail.length; ++i)
                                writer.uint32(34).bytes(message.detail[i]);
                        if (message.url != null && $Object.hasOwnProperty.call(message, "url") && message.url !== "")
                            writer.uint32(42).string(message.url);
                        if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                            $root.pb.SourceInfo.encode(message.info, writer.uint32(50).fork(), _depth + 1).ldelim();
                        if (message.ranges != null && message.ranges.length)
                            for (let i = 0; i < message.ranges.length; ++i)
                                $root.pb.Range.encode(message.ranges[i], writer.uint32(58).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    WarnRequest.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.moby.buildkit.v1.frontend.WarnRequest();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.digest = value;
                                    else
                                        delete message.digest;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                        message.level = value;
                                    else
                                        delete message.level;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.bytes()).length)
                                        message.short = value;
                                    else
                                        delete message.short;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.detail && message.detail.length))
                                        message.detail = [];
                                    message.detail.push(reader.bytes());
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.url = value;
                                    else
                                        delete message.url;
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 2)
                                        break;
                                    message.info = $root.pb.SourceInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.info);
                                    continue;
                                }
                            case 7: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.ranges && message.ranges.length))
                                        message.ranges = [];
                                    message.ranges.push($root.pb.Range.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    WarnRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.moby.buildkit.v1.frontend.WarnRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".moby.buildkit.v1.frontend.WarnRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.moby.buildkit.v1.frontend.WarnRequest();
                        if (object.digest != null)
                            if (typeof object.digest !== "string" || object.digest.length)
                                message.digest = $String(object.digest);
                        if (object.level != null)
                            if (typeof object.level === "object" ? object.level.low || object.level.high : $Number(object.level) !== 0)
                                if ($util.Long)
                                    message.level = $util.Long.fromValue(object.level, false);
                                else if (typeof object.level === "string")
                                    message.level = $parseInt(object.level, 10);
                                else if (typeof object.level === "number")
                                    message.level = object.level;
                                else if (typeof object.level === "object")
                                    message.level = new $util.LongBits(object.level.low >>> 0, object.level.high >>> 0).toNumber();
                        if (object.short != null)
                            if (object.short.length)
                                if (typeof object.short === "string")
                                    $util.base64.decode(object.short, message.short = $util.newBuffer($util.base64.length(object.short)), 0);
                                else if (object.short.length >= 0)
                                    message.short = object.short;
                        if (object.detail) {
                            if (!$Array.isArray(object.detail))
                                throw $TypeError(".moby.buildkit.v1.frontend.WarnRequest.detail: array expected");
                            message.detail = $Array(object.detail.length);
                            for (let i = 0; i < object.detail.length; ++i)
                                if (typeof object.detail[i] === "string")
                                    $util.base64.decode(object.detail[i], message.detail[i] = $util.newBuffer($util.base64.length(object.detail[i])), 0);
                                else if (object.detail[i].length >= 0)
                                    message.detail[i] = object.detail[i];
                        }
                        if (object.url != null)
                            if (typeof object.url !== "string" || object.url.length)
                                message.url = $String(object.url);
                        if (object.info != null) {
                            if (!$util.isObject(object.info))
                                throw $TypeError(".moby.buildkit.v1.frontend.WarnRequest.info: object expected");
                            message.info = $root.pb.SourceInfo.fromObject(object.info, _depth + 1);
                        }
                        if (object.ranges) {
                            if (!$Array.isArray(object.ranges))
                                throw $TypeError(".moby.buildkit.v1.frontend.WarnRequest.ranges: array expected");
                            message.ranges = $Array(object.ranges.length);
                            for (let i = 0; i < object.ranges.length; ++i) {
                                if (!$util.isObject(object.ranges[i]))
                                    throw $TypeError(".moby.buildkit.v1.frontend.WarnRequest.ranges: object expected");
                                message.ranges[i] = $root.pb.Range.fromObject(object.ranges[i], _depth + 1);
                            }
                        }
                        return message;
                    };

                    WarnRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults) {
                            object.detail = [];
                            object.ranges = [];
                        }
                        if (options.defaults) {
                            object.digest = "";
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, false);
                                object.level = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.level = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if (options.bytes === $String)
                                object.short = "";
                            else {
                                object.short = [];
                                if (options.bytes !== $Array)
                                    object.short = $util.newBuffer(object.short);
                            }
                            object.url = "";
                            object.info = null;
                        }
                        if (message.digest != null && $Object.hasOwnProperty.call(message, "digest"))
                            object.digest = message.digest;
                        if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.level = typeof message.level === "number" ? $BigInt(message.level) : $util.Long.fromBits(message.level.low >>> 0, message.level.high >>> 0, false).toBigInt();
                            else if (typeof message.level === "number")
                                object.level = options.longs === $String ? $String(message.level) : message.level;
                            else
                                object.level = options.longs === $String ? $util.Long.prototype.toString.call(message.level) : options.longs === $Number ? new $util.LongBits(message.level.low >>> 0, message.level.high >>> 0).toNumber() : message.level;
                        if (message.short != null && $Object.hasOwnProperty.call(message, "short"))
                            object.short = options.bytes === $String ? $util.base64.encode(message.short, 0, message.short.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.short) : message.short;
                        if (message.detail && message.detail.length) {
                            object.detail = $Array(message.detail.length);
                            for (let j = 0; j < message.detail.length; ++j)
                                object.detail[j] = options.bytes === $String ? $util.base64.encode(message.detail[j], 0, message.detail[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.detail[j]) : message.detail[j];
                        }
                        if (message.url != null && $Object.hasOwnProperty.call(message, "url"))
                            object.url = message.url;
                        if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                            object.info = $root.pb.SourceInfo.toObject(message.info, options, _depth + 1);
                        if (message.ranges && message.ranges.length) {
                            object.ranges = $Array(message.ranges.length);
                            for (let j = 0; j < message.ranges.length; ++j)
                                object.ranges[j] = $root.pb.Range.toObject(message.ranges[j], options, _depth + 1);
                        }
                        return object;
                    };

                    WarnRequest.prototype.toJSON = function() {
                        return WarnRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return WarnRequest;
                })();

                frontend.WarnResponse = (function() {

                    const WarnResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    WarnResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    WarnResponse.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.moby.buildkit.v1.frontend.WarnResponse();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            reader.skipType(tag & 7, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    WarnResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.moby.buildkit.v1.frontend.WarnResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".moby.buildkit.v1.frontend.WarnResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        return new $root.moby.buildkit.v1.frontend.WarnResponse();
                    };

                    WarnResponse.toObject = function () {
                        return {};
                    };

                    WarnResponse.prototype.toJSON = function() {
                        return WarnResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return WarnResponse;
                })();

                return frontend;
            })();

            v1.types = (function() {

                const types = {};

                types.WorkerRecord = (function() {

                    const WorkerRecord = function (properties) {
                        this.Labels = {};
                        this.platforms = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    WorkerRecord.prototype.ID = "";
                    WorkerRecord.prototype.Labels = $util.emptyObject;
                    WorkerRecord.prototype.platforms = $util.emptyArray;

                    WorkerRecord.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.ID != null && $Object.hasOwnProperty.call(message, "ID") && message.ID !== "")
                            writer.uint32(10).string(message.ID);
                        if (message.Labels != null && $Object.hasOwnProperty.call(message, "Labels"))
                            for (let keys = $Object.keys(message.Labels), i = 0; i < keys.length; ++i)
                                writer.uint32(18).fork().uint32(10).string(keys[i]).uint32(18).string(message.Labels[keys[i]]).ldelim();
                        if (message.platforms != null && message.platforms.length)
                            for (let i = 0; i < message.platforms.length; ++i)
                                $root.pb.Platform.encode(message.platforms[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    WorkerRecord.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, key, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.moby.buildkit.v1.types.WorkerRecord();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.ID = value;
                                    else
                                        delete message.ID;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if (message.Labels === $util.emptyObject)
                                        message.Labels = {};
                                    let end2 = reader.size() + reader.pos;
                                    if (end2 > reader.len)
                                        throw $RangeError("index out of range");
                                    reader.len = end2;
                                    key = "";
                                    value = "";
                                    while (reader.pos < end2) {
                                        let tag2 = reader.tag();
                                        wireType = tag2 & 7;
                                        switch (tag2 >>>= 3) {
                                        case 1:
                                            if (wireType !== 2)
                                                break;
                                            key = reader.stringVerify();
                                            continue;
                                        case 2:
                                            if (wireType !== 2)
                                                break;
                                            value = reader.stringVerify();
                                            continue;
                                        }
                                        reader.skipType(wireType, _depth, tag2);
                                    }
                                    if (reader.pos !== end2)
                                        throw $RangeError("index out of range");
                                    reader.len = end;
                                    if (key === "__proto__")
                                        $util.makeProp(message.Labels, key);
                                    message.Labels[key] = value;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.platforms && message.platforms.length))
                                        message.platforms = [];
                                    message.platforms.push($root.pb.Platform.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    WorkerRecord.fromObject = function (object, _depth) {
                        if (object instanceof $root.moby.buildkit.v1.types.WorkerRecord)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".moby.buildkit.v1.types.WorkerRecord: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.moby.buildkit.v1.types.WorkerRecord();
                        if (object.ID != null)
                            if (typeof object.ID !== "string" || object.ID.length)
                                message.ID = $String(object.ID);
                        if (object.Labels) {
                            if (!$util.isObject(object.Labels))
                                throw $TypeError(".moby.buildkit.v1.types.WorkerRecord.Labels: object expected");
                            message.Labels = {};
                            for (let keys = $Object.keys(object.Labels), i = 0; i < keys.length; ++i) {
                                if (keys[i] === "__proto__")
                                    $util.makeProp(message.Labels, keys[i]);
                                message.Labels[keys[i]] = $String(object.Labels[keys[i]]);
                            }
                        }
                        if (object.platforms) {
                            if (!$Array.isArray(object.platforms))
                                throw $TypeError(".moby.buildkit.v1.types.WorkerRecord.platforms: array expected");
                            message.platforms = $Array(object.platforms.length);
                            for (let i = 0; i < object.platforms.length; ++i) {
                                if (!$util.isObject(object.platforms[i]))
                                    throw $TypeError(".moby.buildkit.v1.types.WorkerRecord.platforms: object expected");
                                message.platforms[i] = $root.pb.Platform.fromObject(object.platforms[i], _depth + 1);
                            }
                        }
                        return message;
                    };

                    WorkerRecord.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.platforms = [];
                        if (options.objects || options.defaults)
                            object.Labels = {};
                        if (options.defaults)
                            object.ID = "";
                        if (message.ID != null && $Object.hasOwnProperty.call(message, "ID"))
                            object.ID = message.ID;
                        let keys2;
                        if (message.Labels && (keys2 = $Object.keys(message.Labels)).length) {
                            object.Labels = {};
                            for (let j = 0; j < keys2.length; ++j) {
                                if (keys2[j] === "__proto__")
                                    $util.makeProp(object.Labels, keys2[j]);
                                object.Labels[keys2[j]] = message.Labels[keys2[j]];
                            }
                        }
                        if (message.platforms && message.platforms.length) {
                            object.platforms = $Array(message.platforms.length);
                            for (let j = 0; j < message.platforms.length; ++j)
                                object.platforms[j] = $root.pb.Platform.toObject(message.platforms[j], options, _depth + 1);
                        }
                        return object;
                    };

                    WorkerRecord.prototype.toJSON = function() {
                        return WorkerRecord.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return WorkerRecord;
                })();

                return types;
            })();

            return v1;
        })();

        return buildkit;
    })();

    return moby;
})();

export const errdefs = $root.errdefs = (() => {

    const errdefs = {};

    errdefs.Vertex = (function() {

        const Vertex = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Vertex.prototype.digest = "";

        Vertex.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.digest != null && $Object.hasOwnProperty.call(message, "digest") && message.digest !== "")
                writer.uint32(10).string(message.digest);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Vertex.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.errdefs.Vertex();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.digest = value;
                        else
                            delete message.digest;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        Vertex.fromObject = function (object, _depth) {
            if (object instanceof $root.errdefs.Vertex)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".errdefs.Vertex: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.errdefs.Vertex();
            if (object.digest != null)
                if (typeof object.digest !== "string" || object.digest.length)
                    message.digest = $String(object.digest);
            return message;
        };

        Vertex.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.digest = "";
            if (message.digest != null && $Object.hasOwnProperty.call(message, "digest"))
                object.digest = message.digest;
            return object;
        };

        Vertex.prototype.toJSON = function() {
            return Vertex.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Vertex;
    })();

    errdefs.Source = (function() {

        const Source = function (properties) {
            this.ranges = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Source.prototype.info = null;
        Source.prototype.ranges = $util.emptyArray;

        Source.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                $root.pb.SourceInfo.encode(message.info, writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.ranges != null && message.ranges.length)
                for (let i = 0; i < message.ranges.length; ++i)
                    $root.pb.Range.encode(message.ranges[i], writer.uint32(18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Source.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.errdefs.Source();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.info = $root.pb.SourceInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.info);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.ranges && message.ranges.length))
                            message.ranges = [];
                        message.ranges.push($root.pb.Range.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        Source.fromObject = function (object, _depth) {
            if (object instanceof $root.errdefs.Source)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".errdefs.Source: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.errdefs.Source();
            if (object.info != null) {
                if (!$util.isObject(object.info))
                    throw $TypeError(".errdefs.Source.info: object expected");
                message.info = $root.pb.SourceInfo.fromObject(object.info, _depth + 1);
            }
            if (object.ranges) {
                if (!$Array.isArray(object.ranges))
                    throw $TypeError(".errdefs.Source.ranges: array expected");
                message.ranges = $Array(object.ranges.length);
                for (let i = 0; i < object.ranges.length; ++i) {
                    if (!$util.isObject(object.ranges[i]))
                        throw $TypeError(".errdefs.Source.ranges: object expected");
                    message.ranges[i] = $root.pb.Range.fromObject(object.ranges[i], _depth + 1);
                }
            }
            return message;
        };

        Source.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.ranges = [];
            if (options.defaults)
                object.info = null;
            if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                object.info = $root.pb.SourceInfo.toObject(message.info, options, _depth + 1);
            if (message.ranges && message.ranges.length) {
                object.ranges = $Array(message.ranges.length);
                for (let j = 0; j < message.ranges.length; ++j)
                    object.ranges[j] = $root.pb.Range.toObject(message.ranges[j], options, _depth + 1);
            }
            return object;
        };

        Source.prototype.toJSON = function() {
            return Source.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Source;
    })();

    errdefs.Subrequest = (function() {

        const Subrequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Subrequest.prototype.name = "";

        Subrequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(10).string(message.name);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Subrequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.errdefs.Subrequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        Subrequest.fromObject = function (object, _depth) {
            if (object instanceof $root.errdefs.Subrequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".errdefs.Subrequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.errdefs.Subrequest();
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            return message;
        };

        Subrequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.name = "";
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            return object;
        };

        Subrequest.prototype.toJSON = function() {
            return Subrequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Subrequest;
    })();

    return errdefs;
})();

export const pb = $root.pb = (() => {

    const pb = {};

    pb.Op = (function() {

        const Op = function (properties) {
            this.inputs = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Op.prototype.inputs = $util.emptyArray;
        Op.prototype.exec = null;
        Op.prototype.source = null;
        Op.prototype.file = null;
        Op.prototype.merge = null;
        Op.prototype.diff = null;
        Op.prototype.platform = null;
        Op.prototype.constraints = null;

        let $oneOfFields;

        $Object.defineProperty(Op.prototype, "op", {
            get: $util.oneOfGetter($oneOfFields = ["exec", "source", "file", "merge", "diff"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        Op.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.inputs != null && message.inputs.length)
                for (let i = 0; i < message.inputs.length; ++i)
                    $root.pb.Input.encode(message.inputs[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.exec != null && $Object.hasOwnProperty.call(message, "exec"))
                $root.pb.ExecOp.encode(message.exec, writer.uint32(18).fork(), _depth + 1).ldelim();
            if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                $root.pb.SourceOp.encode(message.source, writer.uint32(26).fork(), _depth + 1).ldelim();
            if (message.file != null && $Object.hasOwnProperty.call(message, "file"))
                $root.pb.FileOp.encode(message.file, writer.uint32(34).fork(), _depth + 1).ldelim();
            if (message.merge != null && $Object.hasOwnProperty.call(message, "merge"))
                $root.pb.MergeOp.encode(message.merge, writer.uint32(50).fork(), _depth + 1).ldelim();
            if (message.diff != null && $Object.hasOwnProperty.call(message, "diff"))
                $root.pb.DiffOp.encode(message.diff, writer.uint32(58).fork(), _depth + 1).ldelim();
            if (message.platform != null && $Object.hasOwnProperty.call(message, "platform"))
                $root.pb.Platform.encode(message.platform, writer.uint32(82).fork(), _depth + 1).ldelim();
            if (message.constraints != null && $Object.hasOwnProperty.call(message, "constraints"))
                $root.pb.WorkerConstraints.encode(message.constraints, writer.uint32(90).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Op.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.Op();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.inputs && message.inputs.length))
                            message.inputs = [];
                        message.inputs.push($root.pb.Input.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.exec = $root.pb.ExecOp.decode(reader, reader.size(), $undefined, _depth + 1, message.exec);
                        message.op = "exec";
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.source = $root.pb.SourceOp.decode(reader, reader.size(), $undefined, _depth + 1, message.source);
                        message.op = "source";
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.file = $root.pb.FileOp.decode(reader, reader.size(), $undefined, _depth + 1, message.file);
                        message.op = "file";
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.merge = $root.pb.MergeOp.decode(reader, reader.size(), $undefined, _depth + 1, message.merge);
                        message.op = "merge";
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        message.diff = $root.pb.DiffOp.decode(reader, reader.size(), $undefined, _depth + 1, message.diff);
                        message.op = "diff";
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        message.platform = $root.pb.Platform.decode(reader, reader.size(), $undefined, _depth + 1, message.platform);
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        message.constraints = $root.pb.WorkerConstraints.decode(reader, reader.size(), $undefined, _depth + 1, message.constraints);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        Op.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.Op)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.Op: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.Op();
            if (object.inputs) {
                if (!$Array.isArray(object.inputs))
                    throw $TypeError(".pb.Op.inputs: array expected");
                message.inputs = $Array(object.inputs.length);
                for (let i = 0; i < object.inputs.length; ++i) {
                    if (!$util.isObject(object.inputs[i]))
                        throw $TypeError(".pb.Op.inputs: object expected");
                    message.inputs[i] = $root.pb.Input.fromObject(object.inputs[i], _depth + 1);
                }
            }
            if (object.exec != null) {
                if (!$util.isObject(object.exec))
                    throw $TypeError(".pb.Op.exec: object expected");
                message.exec = $root.pb.ExecOp.fromObject(object.exec, _depth + 1);
            }
            if (object.source != null) {
                if (!$util.isObject(object.source))
                    throw $TypeError(".pb.Op.source: object expected");
                message.source = $root.pb.SourceOp.fromObject(object.source, _depth + 1);
            }
            if (object.file != null) {
                if (!$util.isObject(object.file))
                    throw $TypeError(".pb.Op.file: object expected");
                message.file = $root.pb.FileOp.fromObject(object.file, _depth + 1);
            }
            if (object.merge != null) {
                if (!$util.isObject(object.merge))
                    throw $TypeError(".pb.Op.merge: object expected");
                message.merge = $root.pb.MergeOp.fromObject(object.merge, _depth + 1);
            }
            if (object.diff != null) {
                if (!$util.isObject(object.diff))
                    throw $TypeError(".pb.Op.diff: object expected");
                message.diff = $root.pb.DiffOp.fromObject(object.diff, _depth + 1);
            }
            if (object.platform != null) {
                if (!$util.isObject(object.platform))
                    throw $TypeError(".pb.Op.platform: object expected");
                message.platform = $root.pb.Platform.fromObject(object.platform, _depth + 1);
            }
            if (object.constraints != null) {
                if (!$util.isObject(object.constraints))
                    throw $TypeError(".pb.Op.constraints: object expected");
                message.constraints = $root.pb.WorkerConstraints.fromObject(object.constraints, _depth + 1);
            }
            return message;
        };

        Op.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.inputs = [];
            if (options.defaults) {
                object.platform = null;
                object.constraints = null;
            }
            if (message.inputs && message.inputs.length) {
                object.inputs = $Array(message.inputs.length);
                for (let j = 0; j < message.inputs.length; ++j)
                    object.inputs[j] = $root.pb.Input.toObject(message.inputs[j], options, _depth + 1);
            }
            if (message.exec != null && $Object.hasOwnProperty.call(message, "exec")) {
                object.exec = $root.pb.ExecOp.toObject(message.exec, options, _depth + 1);
                if (options.oneofs)
                    object.op = "exec";
            }
            if (message.source != null && $Object.hasOwnProperty.call(message, "source")) {
                object.source = $root.pb.SourceOp.toObject(message.source, options, _depth + 1);
                if (options.oneofs)
                    object.op = "source";
            }
            if (message.file != null && $Object.hasOwnProperty.call(message, "file")) {
                object.file = $root.pb.FileOp.toObject(message.file, options, _depth + 1);
                if (options.oneofs)
                    object.op = "file";
            }
            if (message.merge != null && $Object.hasOwnProperty.call(message, "merge")) {
                object.merge = $root.pb.MergeOp.toObject(message.merge, options, _depth + 1);
                if (options.oneofs)
                    object.op = "merge";
            }
            if (message.diff != null && $Object.hasOwnProperty.call(message, "diff")) {
                object.diff = $root.pb.DiffOp.toObject(message.diff, options, _depth + 1);
                if (options.oneofs)
                    object.op = "diff";
            }
            if (message.platform != null && $Object.hasOwnProperty.call(message, "platform"))
                object.platform = $root.pb.Platform.toObject(message.platform, options, _depth + 1);
            if (message.constraints != null && $Object.hasOwnProperty.call(message, "constraints"))
                object.constraints = $root.pb.WorkerConstraints.toObject(message.constraints, options, _depth + 1);
            return object;
        };

        Op.prototype.toJSON = function() {
            return Op.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Op;
    })();

    pb.Platform = (function() {

        const Platform = function (properties) {
            this.OSFeatures = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Platform.prototype.Architecture = "";
        Platform.prototype.OS = "";
        Platform.prototype.Variant = "";
        Platform.prototype.OSVersion = "";
        Platform.prototype.OSFeatures = $util.emptyArray;

        Platform.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.Architecture != null && $Object.hasOwnProperty.call(message, "Architecture") && message.Architecture !== "")
                writer.uint32(10).string(message.Architecture);
            if (message.OS != null && $Object.hasOwnProperty.call(message, "OS") && message.OS !== "")
                writer.uint32(18).string(message.OS);
            if (message.Variant != null && $Object.hasOwnProperty.call(message, "Variant") && message.Variant !== "")
                writer.uint32(26).string(message.Variant);
            if (message.OSVersion != null && $Object.hasOwnProperty.call(message, "OSVersion") && message.OSVersion !== "")
                writer.uint32(34).string(message.OSVersion);
            if (message.OSFeatures != null && message.OSFeatures.length)
                for (let i = 0; i < message.OSFeatures.length; ++i)
                    writer.uint32(42).string(message.OSFeatures[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Platform.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.Platform();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.Architecture = value;
                        else
                            delete message.Architecture;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.OS = value;
                        else
                            delete message.OS;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.Variant = value;
                        else
                            delete message.Variant;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.OSVersion = value;
                        else
                            delete message.OSVersion;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if (!(message.OSFeatures && message.OSFeatures.length))
                            message.OSFeatures = [];
                        message.OSFeatures.push(reader.stringVerify());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        Platform.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.Platform)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.Platform: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.Platform();
            if (object.Architecture != null)
                if (typeof object.Architecture !== "string" || object.Architecture.length)
                    message.Architecture = $String(object.Architecture);
            if (object.OS != null)
                if (typeof object.OS !== "string" || object.OS.length)
                    message.OS = $String(object.OS);
            if (object.Variant != null)
                if (typeof object.Variant !== "string" || object.Variant.length)
                    message.Variant = $String(object.Variant);
            if (object.OSVersion != null)
                if (typeof object.OSVersion !== "string" || object.OSVersion.length)
                    message.OSVersion = $String(object.OSVersion);
            if (object.OSFeatures) {
                if (!$Array.isArray(object.OSFeatures))
                    throw $TypeError(".pb.Platform.OSFeatures: array expected");
                message.OSFeatures = $Array(object.OSFeatures.length);
                for (let i = 0; i < object.OSFeatures.length; ++i)
                    message.OSFeatures[i] = $String(object.OSFeatures[i]);
            }
            return message;
        };

        Platform.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.OSFeatures = [];
            if (options.defaults) {
                object.Architecture = "";
                object.OS = "";
                object.Variant = "";
                object.OSVersion = "";
            }
            if (message.Architecture != null && $Object.hasOwnProperty.call(message, "Architecture"))
                object.Architecture = message.Architecture;
            if (message.OS != null && $Object.hasOwnProperty.call(message, "OS"))
                object.OS = message.OS;
            if (message.Variant != null && $Object.hasOwnProperty.call(message, "Variant"))
                object.Variant = message.Variant;
            if (message.OSVersion != null && $Object.hasOwnProperty.call(message, "OSVersion"))
                object.OSVersion = message.OSVersion;
            if (message.OSFeatures && message.OSFeatures.length) {
                object.OSFeatures = $Array(message.OSFeatures.length);
                for (let j = 0; j < message.OSFeatures.length; ++j)
                    object.OSFeatures[j] = message.OSFeatures[j];
            }
            return object;
        };

        Platform.prototype.toJSON = function() {
            return Platform.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Platform;
    })();

    pb.Input = (function() {

        const Input = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Input.prototype.digest = "";
        Input.prototype.index = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        Input.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.digest != null && $Object.hasOwnProperty.call(message, "digest") && message.digest !== "")
                writer.uint32(10).string(message.digest);
            if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                writer.uint32(16).int64(message.index);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Input.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.Input();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.digest = value;
                        else
                            delete message.digest;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.index = value;
                        else
                            delete message.index;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        Input.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.Input)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.Input: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.Input();
            if (object.digest != null)
                if (typeof object.digest !== "string" || object.digest.length)
                    message.digest = $String(object.digest);
            if (object.index != null)
                if (typeof object.index === "object" ? object.index.low || object.index.high : $Number(object.index) !== 0)
                    if ($util.Long)
                        message.index = $util.Long.fromValue(object.index, false);
                    else if (typeof object.index === "string")
                        message.index = $parseInt(object.index, 10);
                    else if (typeof object.index === "number")
                        message.index = object.index;
                    else if (typeof object.index === "object")
                        message.index = new $util.LongBits(object.index.low >>> 0, object.index.high >>> 0).toNumber();
            return message;
        };

        Input.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.digest = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.index = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.index = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.digest != null && $Object.hasOwnProperty.call(message, "digest"))
                object.digest = message.digest;
            if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.index = typeof message.index === "number" ? $BigInt(message.index) : $util.Long.fromBits(message.index.low >>> 0, message.index.high >>> 0, false).toBigInt();
                else if (typeof message.index === "number")
                    object.index = options.longs === $String ? $String(message.index) : message.index;
                else
                    object.index = options.longs === $String ? $util.Long.prototype.toString.call(message.index) : options.longs === $Number ? new $util.LongBits(message.index.low >>> 0, message.index.high >>> 0).toNumber() : message.index;
            return object;
        };

        Input.prototype.toJSON = function() {
            return Input.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Input;
    })();

    pb.WorkerConstraints = (function() {

        const WorkerConstraints = function (properties) {
            this.filter = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        WorkerConstraints.prototype.filter = $util.emptyArray;

        WorkerConstraints.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.filter != null && message.filter.length)
                for (let i = 0; i < message.filter.length; ++i)
                    writer.uint32(10).string(message.filter[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        WorkerConstraints.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.WorkerConstraints();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.filter && message.filter.length))
                            message.filter = [];
                        message.filter.push(reader.stringVerify());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        WorkerConstraints.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.WorkerConstraints)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.WorkerConstraints: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.WorkerConstraints();
            if (object.filter) {
                if (!$Array.isArray(object.filter))
                    throw $TypeError(".pb.WorkerConstraints.filter: array expected");
                message.filter = $Array(object.filter.length);
                for (let i = 0; i < object.filter.length; ++i)
                    message.filter[i] = $String(object.filter[i]);
            }
            return message;
        };

        WorkerConstraints.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.filter = [];
            if (message.filter && message.filter.length) {
                object.filter = $Array(message.filter.length);
                for (let j = 0; j < message.filter.length; ++j)
                    object.filter[j] = message.filter[j];
            }
            return object;
        };

        WorkerConstraints.prototype.toJSON = function() {
            return WorkerConstraints.toObject(this, $protobuf.util.toJSONOptions);
        };

        return WorkerConstraints;
    })();

    pb.ExecOp = (function() {

        const ExecOp = function (properties) {
            this.mounts = [];
            this.secretenv = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ExecOp.prototype.meta = null;
        ExecOp.prototype.mounts = $util.emptyArray;
        ExecOp.prototype.network = 0;
        ExecOp.prototype.security = 0;
        ExecOp.prototype.secretenv = $util.emptyArray;

        ExecOp.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                $root.pb.Meta.encode(message.meta, writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.mounts != null && message.mounts.length)
                for (let i = 0; i < message.mounts.length; ++i)
                    $root.pb.Mount.encode(message.mounts[i], writer.uint32(18).fork(), _depth + 1).ldelim();
            if (message.network != null && $Object.hasOwnProperty.call(message, "network") && message.network !== 0)
                writer.uint32(24).int32(message.network);
            if (message.security != null && $Object.hasOwnProperty.call(message, "security") && message.security !== 0)
                writer.uint32(32).int32(message.security);
            if (message.secretenv != null && message.secretenv.length)
                for (let i = 0; i < message.secretenv.length; ++i)
                    $root.pb.SecretEnv.encode(message.secretenv[i], writer.uint32(42).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ExecOp.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.ExecOp();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.meta = $root.pb.Meta.decode(reader, reader.size(), $undefined, _depth + 1, message.meta);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.mounts && message.mounts.length))
                            message.mounts = [];
                        message.mounts.push($root.pb.Mount.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.network = value;
                        else
                            delete message.network;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.security = value;
                        else
                            delete message.security;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if (!(message.secretenv && message.secretenv.length))
                            message.secretenv = [];
                        message.secretenv.push($root.pb.SecretEnv.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ExecOp.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.ExecOp)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.ExecOp: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.ExecOp();
            if (object.meta != null) {
                if (!$util.isObject(object.meta))
                    throw $TypeError(".pb.ExecOp.meta: object expected");
                message.meta = $root.pb.Meta.fromObject(object.meta, _depth + 1);
            }
            if (object.mounts) {
                if (!$Array.isArray(object.mounts))
                    throw $TypeError(".pb.ExecOp.mounts: array expected");
                message.mounts = $Array(object.mounts.length);
                for (let i = 0; i < object.mounts.length; ++i) {
                    if (!$util.isObject(object.mounts[i]))
                        throw $TypeError(".pb.ExecOp.mounts: object expected");
                    message.mounts[i] = $root.pb.Mount.fromObject(object.mounts[i], _depth + 1);
                }
            }
            if (object.network !== 0 && (typeof object.network !== "string" || $root.pb.NetMode[object.network] !== 0))
                switch (object.network) {
                case "UNSET":
                case 0:
                    message.network = 0;
                    break;
                case "HOST":
                case 1:
                    message.network = 1;
                    break;
                case "NONE":
                case 2:
                    message.network = 2;
                    break;
                default:
                    if (typeof object.network === "number" && (object.network | 0) === object.network)
                        message.network = object.network;
                }
            if (object.security !== 0 && (typeof object.security !== "string" || $root.pb.SecurityMode[object.security] !== 0))
                switch (object.security) {
                case "SANDBOX":
                case 0:
                    message.security = 0;
                    break;
                case "INSECURE":
                case 1:
                    message.security = 1;
                    break;
                default:
                    if (typeof object.security === "number" && (object.security | 0) === object.security)
                        message.security = object.security;
                }
            if (object.secretenv) {
                if (!$Array.isArray(object.secretenv))
                    throw $TypeError(".pb.ExecOp.secretenv: array expected");
                message.secretenv = $Array(object.secretenv.length);
                for (let i = 0; i < object.secretenv.length; ++i) {
                    if (!$util.isObject(object.secretenv[i]))
                        throw $TypeError(".pb.ExecOp.secretenv: object expected");
                    message.secretenv[i] = $root.pb.SecretEnv.fromObject(object.secretenv[i], _depth + 1);
                }
            }
            return message;
        };

        ExecOp.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.mounts = [];
                object.secretenv = [];
            }
            if (options.defaults) {
                object.meta = null;
                object.network = options.enums === $String ? "UNSET" : 0;
                object.security = options.enums === $String ? "SANDBOX" : 0;
            }
            if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                object.meta = $root.pb.Meta.toObject(message.meta, options, _depth + 1);
            if (message.mounts && message.mounts.length) {
                object.mounts = $Array(message.mounts.length);
                for (let j = 0; j < message.mounts.length; ++j)
                    object.mounts[j] = $root.pb.Mount.toObject(message.mounts[j], options, _depth + 1);
            }
            if (message.network != null && $Object.hasOwnProperty.call(message, "network"))
                object.network = options.enums === $String ? $root.pb.NetMode[message.network] === $undefined ? message.network : $root.pb.NetMode[message.network] : message.network;
            if (message.security != null && $Object.hasOwnProperty.call(message, "security"))
                object.security = options.enums === $String ? $root.pb.SecurityMode[message.security] === $undefined ? message.security : $root.pb.SecurityMode[message.security] : message.security;
            if (message.secretenv && message.secretenv.length) {
                object.secretenv = $Array(message.secretenv.length);
                for (let j = 0; j < message.secretenv.length; ++j)
                    object.secretenv[j] = $root.pb.SecretEnv.toObject(message.secretenv[j], options, _depth + 1);
            }
            return object;
        };

        ExecOp.prototype.toJSON = function() {
            return ExecOp.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ExecOp;
    })();

    pb.Meta = (function() {

        const Meta = function (properties) {
            this.args = [];
            this.env = [];
            this.extraHosts = [];
            this.ulimit = [];
            this.validExitCodes = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Meta.prototype.args = $util.emptyArray;
        Meta.prototype.env = $util.emptyArray;
        Meta.prototype.cwd = "";
        Meta.prototype.user = "";
        Meta.prototype.proxy_env = null;
        Meta.prototype.extraHosts = $util.emptyArray;
        Meta.prototype.hostname = "";
        Meta.prototype.ulimit = $util.emptyArray;
        Meta.prototype.cgroupParent = "";
        Meta.prototype.removeMountStubsRecursive = false;
        Meta.prototype.validExitCodes = $util.emptyArray;

        Meta.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.args != null && message.args.length)
                for (let i = 0; i < message.args.length; ++i)
                    writer.uint32(10).string(message.args[i]);
            if (message.env != null && message.env.length)
                for (let i = 0; i < message.env.length; ++i)
                    writer.uint32(18).string(message.env[i]);
            if (message.cwd != null && $Object.hasOwnProperty.call(message, "cwd") && message.cwd !== "")
                writer.uint32(26).string(message.cwd);
            if (message.user != null && $Object.hasOwnProperty.call(message, "user") && message.user !== "")
                writer.uint32(34).string(message.user);
            if (message.proxy_env != null && $Object.hasOwnProperty.call(message, "proxy_env"))
                $root.pb.ProxyEnv.encode(message.proxy_env, writer.uint32(42).fork(), _depth + 1).ldelim();
            if (message.extraHosts != null && message.extraHosts.length)
                for (let i = 0; i < message.extraHosts.length; ++i)
                    $root.pb.HostIP.encode(message.extraHosts[i], writer.uint32(50).fork(), _depth + 1).ldelim();
            if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname") && message.hostname !== "")
                writer.uint32(58).string(message.hostname);
            if (message.ulimit != null && message.ulimit.length)
                for (let i = 0; i < message.ulimit.length; ++i)
                    $root.pb.Ulimit.encode(message.ulimit[i], writer.uint32(74).fork(), _depth + 1).ldelim();
            if (message.cgroupParent != null && $Object.hasOwnProperty.call(message, "cgroupParent") && message.cgroupParent !== "")
                writer.uint32(82).string(message.cgroupParent);
            if (message.removeMountStubsRecursive != null && $Object.hasOwnProperty.call(message, "removeMountStubsRecursive") && message.removeMountStubsRecursive !== false)
                writer.uint32(88).bool(message.removeMountStubsRecursive);
            if (message.validExitCodes != null && message.validExitCodes.length)
                writer.uint32(98).int32s(message.validExitCodes);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Meta.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.Meta();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.args && message.args.length))
                            message.args = [];
                        message.args.push(reader.stringVerify());
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.env && message.env.length))
                            message.env = [];
                        message.env.push(reader.stringVerify());
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.cwd = value;
                        else
                            delete message.cwd;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.user = value;
                        else
                            delete message.user;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.proxy_env = $root.pb.ProxyEnv.decode(reader, reader.size(), $undefined, _depth + 1, message.proxy_env);
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if (!(message.extraHosts && message.extraHosts.length))
                            message.extraHosts = [];
                        message.extraHosts.push($root.pb.HostIP.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.hostname = value;
                        else
                            delete message.hostname;
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if (!(message.ulimit && message.ulimit.length))
                            message.ulimit = [];
                        message.ulimit.push($root.pb.Ulimit.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.cgroupParent = value;
                        else
                            delete message.cgroupParent;
                        continue;
                    }
                case 11: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.removeMountStubsRecursive = value;
                        else
                            delete message.removeMountStubsRecursive;
                        continue;
                    }
                case 12: {
                        if (wireType === 2) {
                            if (!(message.validExitCodes && message.validExitCodes.length))
                                message.validExitCodes = [];
                            reader.int32s(message.validExitCodes);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.validExitCodes && message.validExitCodes.length))
                            message.validExitCodes = [];
                        message.validExitCodes.push(reader.int32());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        Meta.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.Meta)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.Meta: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.Meta();
            if (object.args) {
                if (!$Array.isArray(object.args))
                    throw $TypeError(".pb.Meta.args: array expected");
                message.args = $Array(object.args.length);
                for (let i = 0; i < object.args.length; ++i)
                    message.args[i] = $String(object.args[i]);
            }
            if (object.env) {
                if (!$Array.isArray(object.env))
                    throw $TypeError(".pb.Meta.env: array expected");
                message.env = $Array(object.env.length);
                for (let i = 0; i < object.env.length; ++i)
                    message.env[i] = $String(object.env[i]);
            }
            if (object.cwd != null)
                if (typeof object.cwd !== "string" || object.cwd.length)
                    message.cwd = $String(object.cwd);
            if (object.user != null)
                if (typeof object.user !== "string" || object.user.length)
                    message.user = $String(object.user);
            if (object.proxy_env != null) {
                if (!$util.isObject(object.proxy_env))
                    throw $TypeError(".pb.Meta.proxy_env: object expected");
                message.proxy_env = $root.pb.ProxyEnv.fromObject(object.proxy_env, _depth + 1);
            }
            if (object.extraHosts) {
                if (!$Array.isArray(object.extraHosts))
                    throw $TypeError(".pb.Meta.extraHosts: array expected");
                message.extraHosts = $Array(object.extraHosts.length);
                for (let i = 0; i < object.extraHosts.length; ++i) {
                    if (!$util.isObject(object.extraHosts[i]))
                        throw $TypeError(".pb.Meta.extraHosts: object expected");
                    message.extraHosts[i] = $root.pb.HostIP.fromObject(object.extraHosts[i], _depth + 1);
                }
            }
            if (object.hostname != null)
                if (typeof object.hostname !== "string" || object.hostname.length)
                    message.hostname = $String(object.hostname);
            if (object.ulimit) {
                if (!$Array.isArray(object.ulimit))
                    throw $TypeError(".pb.Meta.ulimit: array expected");
                message.ulimit = $Array(object.ulimit.length);
                for (let i = 0; i < object.ulimit.length; ++i) {
                    if (!$util.isObject(object.ulimit[i]))
                        throw $TypeError(".pb.Meta.ulimit: object expected");
                    message.ulimit[i] = $root.pb.Ulimit.fromObject(object.ulimit[i], _depth + 1);
                }
            }
            if (object.cgroupParent != null)
                if (typeof object.cgroupParent !== "string" || object.cgroupParent.length)
                    message.cgroupParent = $String(object.cgroupParent);
            if (object.removeMountStubsRecursive != null)
                if (object.removeMountStubsRecursive)
                    message.removeMountStubsRecursive = $Boolean(object.removeMountStubsRecursive);
            if (object.validExitCodes) {
                if (!$Array.isArray(object.validExitCodes))
                    throw $TypeError(".pb.Meta.validExitCodes: array expected");
                message.validExitCodes = $Array(object.validExitCodes.length);
                for (let i = 0; i < object.validExitCodes.length; ++i)
                    message.validExitCodes[i] = object.validExitCodes[i] | 0;
            }
            return message;
        };

        Meta.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.args = [];
                object.env = [];
                object.extraHosts = [];
                object.ulimit = [];
                object.validExitCodes = [];
            }
            if (options.defaults) {
                object.cwd = "";
                object.user = "";
                object.proxy_env = null;
                object.hostname = "";
                object.cgroupParent = "";
                object.removeMountStubsRecursive = false;
            }
            if (message.args && message.args.length) {
                object.args = $Array(message.args.length);
                for (let j = 0; j < message.args.length; ++j)
                    object.args[j] = message.args[j];
            }
            if (message.env && message.env.length) {
                object.env = $Array(message.env.length);
                for (let j = 0; j < message.env.length; ++j)
                    object.env[j] = message.env[j];
            }
            if (message.cwd != null && $Object.hasOwnProperty.call(message, "cwd"))
                object.cwd = message.cwd;
            if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                object.user = message.user;
            if (message.proxy_env != null && $Object.hasOwnProperty.call(message, "proxy_env"))
                object.proxy_env = $root.pb.ProxyEnv.toObject(message.proxy_env, options, _depth + 1);
            if (message.extraHosts && message.extraHosts.length) {
                object.extraHosts = $Array(message.extraHosts.length);
                for (let j = 0; j < message.extraHosts.length; ++j)
                    object.extraHosts[j] = $root.pb.HostIP.toObject(message.extraHosts[j], options, _depth + 1);
            }
            if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                object.hostname = message.hostname;
            if (message.ulimit && message.ulimit.length) {
                object.ulimit = $Array(message.ulimit.length);
                for (let j = 0; j < message.ulimit.length; ++j)
                    object.ulimit[j] = $root.pb.Ulimit.toObject(message.ulimit[j], options, _depth + 1);
            }
            if (message.cgroupParent != null && $Object.hasOwnProperty.call(message, "cgroupParent"))
                object.cgroupParent = message.cgroupParent;
            if (message.removeMountStubsRecursive != null && $Object.hasOwnProperty.call(message, "removeMountStubsRecursive"))
                object.removeMountStubsRecursive = message.removeMountStubsRecursive;
            if (message.validExitCodes && message.validExitCodes.length) {
                object.validExitCodes = $Array(message.validExitCodes.length);
                for (let j = 0; j < message.validExitCodes.length; ++j)
                    object.validExitCodes[j] = message.validExitCodes[j];
            }
            return object;
        };

        Meta.prototype.toJSON = function() {
            return Meta.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Meta;
    })();

    pb.ProxyEnv = (function() {

        const ProxyEnv = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ProxyEnv.prototype.http_proxy = "";
        ProxyEnv.prototype.https_proxy = "";
        ProxyEnv.prototype.ftp_proxy = "";
        ProxyEnv.prototype.no_proxy = "";
        ProxyEnv.prototype.all_proxy = "";

        ProxyEnv.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.http_proxy != null && $Object.hasOwnProperty.call(message, "http_proxy") && message.http_proxy !== "")
                writer.uint32(10).string(message.http_proxy);
            if (message.https_proxy != null && $Object.hasOwnProperty.call(message, "https_proxy") && message.https_proxy !== "")
                writer.uint32(18).string(message.https_proxy);
            if (message.ftp_proxy != null && $Object.hasOwnProperty.call(message, "ftp_proxy") && message.ftp_proxy !== "")
                writer.uint32(26).string(message.ftp_proxy);
            if (message.no_proxy != null && $Object.hasOwnProperty.call(message, "no_proxy") && message.no_proxy !== "")
                writer.uint32(34).string(message.no_proxy);
            if (message.all_proxy != null && $Object.hasOwnProperty.call(message, "all_proxy") && message.all_proxy !== "")
                writer.uint32(42).string(message.all_proxy);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ProxyEnv.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.ProxyEnv();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.http_proxy = value;
                        else
                            delete message.http_proxy;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.https_proxy = value;
                        else
                            delete message.https_proxy;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.ftp_proxy = value;
                        else
                            delete message.ftp_proxy;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.no_proxy = value;
                        else
                            delete message.no_proxy;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.all_proxy = value;
                        else
                            delete message.all_proxy;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ProxyEnv.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.ProxyEnv)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.ProxyEnv: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.ProxyEnv();
            if (object.http_proxy != null)
                if (typeof object.http_proxy !== "string" || object.http_proxy.length)
                    message.http_proxy = $String(object.http_proxy);
            if (object.https_proxy != null)
                if (typeof object.https_proxy !== "string" || object.https_proxy.length)
                    message.https_proxy = $String(object.https_proxy);
            if (object.ftp_proxy != null)
                if (typeof object.ftp_proxy !== "string" || object.ftp_proxy.length)
                    message.ftp_proxy = $String(object.ftp_proxy);
            if (object.no_proxy != null)
                if (typeof object.no_proxy !== "string" || object.no_proxy.length)
                    message.no_proxy = $String(object.no_proxy);
            if (object.all_proxy != null)
                if (typeof object.all_proxy !== "string" || object.all_proxy.length)
                    message.all_proxy = $String(object.all_proxy);
            return message;
        };

        ProxyEnv.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.http_proxy = "";
                object.https_proxy = "";
                object.ftp_proxy = "";
                object.no_proxy = "";
                object.all_proxy = "";
            }
            if (message.http_proxy != null && $Object.hasOwnProperty.call(message, "http_proxy"))
                object.http_proxy = message.http_proxy;
            if (message.https_proxy != null && $Object.hasOwnProperty.call(message, "https_proxy"))
                object.https_proxy = message.https_proxy;
            if (message.ftp_proxy != null && $Object.hasOwnProperty.call(message, "ftp_proxy"))
                object.ftp_proxy = message.ftp_proxy;
            if (message.no_proxy != null && $Object.hasOwnProperty.call(message, "no_proxy"))
                object.no_proxy = message.no_proxy;
            if (message.all_proxy != null && $Object.hasOwnProperty.call(message, "all_proxy"))
                object.all_proxy = message.all_proxy;
            return object;
        };

        ProxyEnv.prototype.toJSON = function() {
            return ProxyEnv.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ProxyEnv;
    })();

    pb.HostIP = (function() {

        const HostIP = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        HostIP.prototype.Host = "";
        HostIP.prototype.IP = "";

        HostIP.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.Host != null && $Object.hasOwnProperty.call(message, "Host") && message.Host !== "")
                writer.uint32(10).string(message.Host);
            if (message.IP != null && $Object.hasOwnProperty.call(message, "IP") && message.IP !== "")
                writer.uint32(18).string(message.IP);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        HostIP.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.HostIP();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.Host = value;
                        else
                            delete message.Host;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.IP = value;
                        else
                            delete message.IP;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        HostIP.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.HostIP)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.HostIP: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.HostIP();
            if (object.Host != null)
                if (typeof object.Host !== "string" || object.Host.length)
                    message.Host = $String(object.Host);
            if (object.IP != null)
                if (typeof object.IP !== "string" || object.IP.length)
                    message.IP = $String(object.IP);
            return message;
        };

        HostIP.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.Host = "";
                object.IP = "";
            }
            if (message.Host != null && $Object.hasOwnProperty.call(message, "Host"))
                object.Host = message.Host;
            if (message.IP != null && $Object.hasOwnProperty.call(message, "IP"))
                object.IP = message.IP;
            return object;
        };

        HostIP.prototype.toJSON = function() {
            return HostIP.toObject(this, $protobuf.util.toJSONOptions);
        };

        return HostIP;
    })();

    pb.Ulimit = (function() {

        const Ulimit = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Ulimit.prototype.Name = "";
        Ulimit.prototype.Soft = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        Ulimit.prototype.Hard = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        Ulimit.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.Name != null && $Object.hasOwnProperty.call(message, "Name") && message.Name !== "")
                writer.uint32(10).string(message.Name);
            if (message.Soft != null && $Object.hasOwnProperty.call(message, "Soft") && (typeof message.Soft === "object" ? message.Soft.low || message.Soft.high : message.Soft !== 0))
                writer.uint32(16).int64(message.Soft);
            if (message.Hard != null && $Object.hasOwnProperty.call(message, "Hard") && (typeof message.Hard === "object" ? message.Hard.low || message.Hard.high : message.Hard !== 0))
                writer.uint32(24).int64(message.Hard);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Ulimit.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.Ulimit();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.Name = value;
                        else
                            delete message.Name;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.Soft = value;
                        else
                            delete message.Soft;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.Hard = value;
                        else
                            delete message.Hard;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        Ulimit.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.Ulimit)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.Ulimit: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.Ulimit();
            if (object.Name != null)
                if (typeof object.Name !== "string" || object.Name.length)
                    message.Name = $String(object.Name);
            if (object.Soft != null)
                if (typeof object.Soft === "object" ? object.Soft.low || object.Soft.high : $Number(object.Soft) !== 0)
                    if ($util.Long)
                        message.Soft = $util.Long.fromValue(object.Soft, false);
                    else if (typeof object.Soft === "string")
                        message.Soft = $parseInt(object.Soft, 10);
                    else if (typeof object.Soft === "number")
                        message.Soft = object.Soft;
                    else if (typeof object.Soft === "object")
                        message.Soft = new $util.LongBits(object.Soft.low >>> 0, object.Soft.high >>> 0).toNumber();
            if (object.Hard != null)
                if (typeof object.Hard === "object" ? object.Hard.low || object.Hard.high : $Number(object.Hard) !== 0)
                    if ($util.Long)
                        message.Hard = $util.Long.fromValue(object.Hard, false);
                    else if (typeof object.Hard === "string")
                        message.Hard = $parseInt(object.Hard, 10);
                    else if (typeof object.Hard === "number")
                        message.Hard = object.Hard;
                    else if (typeof object.Hard === "object")
                        message.Hard = new $util.LongBits(object.Hard.low >>> 0, object.Hard.high >>> 0).toNumber();
            return message;
        };

        Ulimit.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.Name = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.Soft = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.Soft = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.Hard = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.Hard = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.Name != null && $Object.hasOwnProperty.call(message, "Name"))
                object.Name = message.Name;
            if (message.Soft != null && $Object.hasOwnProperty.call(message, "Soft"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.Soft = typeof message.Soft === "number" ? $BigInt(message.Soft) : $util.Long.fromBits(message.Soft.low >>> 0, message.Soft.high >>> 0, false).toBigInt();
                else if (typeof message.Soft === "number")
                    object.Soft = options.longs === $String ? $String(message.Soft) : message.Soft;
                else
                    object.Soft = options.longs === $String ? $util.Long.prototype.toString.call(message.Soft) : options.longs === $Number ? new $util.LongBits(message.Soft.low >>> 0, message.Soft.high >>> 0).toNumber() : message.Soft;
            if (message.Hard != null && $Object.hasOwnProperty.call(message, "Hard"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.Hard = typeof message.Hard === "number" ? $BigInt(message.Hard) : $util.Long.fromBits(message.Hard.low >>> 0, message.Hard.high >>> 0, false).toBigInt();
                else if (typeof message.Hard === "number")
                    object.Hard = options.longs === $String ? $String(message.Hard) : message.Hard;
                else
                    object.Hard = options.longs === $String ? $util.Long.prototype.toString.call(message.Hard) : options.longs === $Number ? new $util.LongBits(message.Hard.low >>> 0, message.Hard.high >>> 0).toNumber() : message.Hard;
            return object;
        };

        Ulimit.prototype.toJSON = function() {
            return Ulimit.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Ulimit;
    })();

    pb.SecretEnv = (function() {

        const SecretEnv = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        SecretEnv.prototype.ID = "";
        SecretEnv.prototype.name = "";
        SecretEnv.prototype.optional = false;

        SecretEnv.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.ID != null && $Object.hasOwnProperty.call(message, "ID") && message.ID !== "")
                writer.uint32(10).string(message.ID);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(18).string(message.name);
            if (message.optional != null && $Object.hasOwnProperty.call(message, "optional") && message.optional !== false)
                writer.uint32(24).bool(message.optional);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        SecretEnv.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.SecretEnv();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.ID = value;
                        else
                            delete message.ID;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.optional = value;
                        else
                            delete message.optional;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        SecretEnv.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.SecretEnv)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.SecretEnv: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.SecretEnv();
            if (object.ID != null)
                if (typeof object.ID !== "string" || object.ID.length)
                    message.ID = $String(object.ID);
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.optional != null)
                if (object.optional)
                    message.optional = $Boolean(object.optional);
            return message;
        };

        SecretEnv.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.ID = "";
                object.name = "";
                object.optional = false;
            }
            if (message.ID != null && $Object.hasOwnProperty.call(message, "ID"))
                object.ID = message.ID;
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.optional != null && $Object.hasOwnProperty.call(message, "optional"))
                object.optional = message.optional;
            return object;
        };

        SecretEnv.prototype.toJSON = function() {
            return SecretEnv.toObject(this, $protobuf.util.toJSONOptions);
        };

        return SecretEnv;
    })();

    pb.NetMode = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "UNSET"] = 0;
        values[valuesById[1] = "HOST"] = 1;
        values[valuesById[2] = "NONE"] = 2;
        return values;
    })();

    pb.SecurityMode = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "SANDBOX"] = 0;
        values[valuesById[1] = "INSECURE"] = 1;
        return values;
    })();

    pb.MountType = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "BIND"] = 0;
        values[valuesById[1] = "SECRET"] = 1;
        values[valuesById[2] = "SSH"] = 2;
        values[valuesById[3] = "CACHE"] = 3;
        values[valuesById[4] = "TMPFS"] = 4;
        return values;
    })();

    pb.CacheSharingOpt = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "SHARED"] = 0;
        values[valuesById[1] = "PRIVATE"] = 1;
        values[valuesById[2] = "LOCKED"] = 2;
        return values;
    })();

    pb.Mount = (function() {

        const Mount = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Mount.prototype.input = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        Mount.prototype.selector = "";
        Mount.prototype.dest = "";
        Mount.prototype.output = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        Mount.prototype.readonly = false;
        Mount.prototype.mountType = 0;
        Mount.prototype.TmpfsOpt = null;
        Mount.prototype.cacheOpt = null;
        Mount.prototype.secretOpt = null;
        Mount.prototype.SSHOpt = null;
        Mount.prototype.resultID = "";

        Mount.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.input != null && $Object.hasOwnProperty.call(message, "input") && (typeof message.input === "object" ? message.input.low || message.input.high : message.input !== 0))
                writer.uint32(8).int64(message.input);
            if (message.selector != null && $Object.hasOwnProperty.call(message, "selector") && message.selector !== "")
                writer.uint32(18).string(message.selector);
            if (message.dest != null && $Object.hasOwnProperty.call(message, "dest") && message.dest !== "")
                writer.uint32(26).string(message.dest);
            if (message.output != null && $Object.hasOwnProperty.call(message, "output") && (typeof message.output === "object" ? message.output.low || message.output.high : message.output !== 0))
                writer.uint32(32).int64(message.output);
            if (message.readonly != null && $Object.hasOwnProperty.call(message, "readonly") && message.readonly !== false)
                writer.uint32(40).bool(message.readonly);
            if (message.mountType != null && $Object.hasOwnProperty.call(message, "mountType") && message.mountType !== 0)
                writer.uint32(48).int32(message.mountType);
            if (message.TmpfsOpt != null && $Object.hasOwnProperty.call(message, "TmpfsOpt"))
                $root.pb.TmpfsOpt.encode(message.TmpfsOpt, writer.uint32(154).fork(), _depth + 1).ldelim();
            if (message.cacheOpt != null && $Object.hasOwnProperty.call(message, "cacheOpt"))
                $root.pb.CacheOpt.encode(message.cacheOpt, writer.uint32(162).fork(), _depth + 1).ldelim();
            if (message.secretOpt != null && $Object.hasOwnProperty.call(message, "secretOpt"))
                $root.pb.SecretOpt.encode(message.secretOpt, writer.uint32(170).fork(), _depth + 1).ldelim();
            if (message.SSHOpt != null && $Object.hasOwnProperty.call(message, "SSHOpt"))
                $root.pb.SSHOpt.encode(message.SSHOpt, writer.uint32(178).fork(), _depth + 1).ldelim();
            if (message.resultID != null && $Object.hasOwnProperty.call(message, "resultID") && message.resultID !== "")
                writer.uint32(186).string(message.resultID);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Mount.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.Mount();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.input = value;
                        else
                            delete message.input;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.selector = value;
                        else
                            delete message.selector;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.dest = value;
                        else
                            delete message.dest;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.output = value;
                        else
                            delete message.output;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.readonly = value;
                        else
                            delete message.readonly;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.mountType = value;
                        else
                            delete message.mountType;
                        continue;
                    }
                case 19: {
                        if (wireType !== 2)
                            break;
                        message.TmpfsOpt = $root.pb.TmpfsOpt.decode(reader, reader.size(), $undefined, _depth + 1, message.TmpfsOpt);
                        continue;
                    }
                case 20: {
                        if (wireType !== 2)
                            break;
                        message.cacheOpt = $root.pb.CacheOpt.decode(reader, reader.size(), $undefined, _depth + 1, message.cacheOpt);
                        continue;
                    }
                case 21: {
                        if (wireType !== 2)
                            break;
                        message.secretOpt = $root.pb.SecretOpt.decode(reader, reader.size(), $undefined, _depth + 1, message.secretOpt);
                        continue;
                    }
                case 22: {
                        if (wireType !== 2)
                            break;
                        message.SSHOpt = $root.pb.SSHOpt.decode(reader, reader.size(), $undefined, _depth + 1, message.SSHOpt);
                        continue;
                    }
                case 23: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.resultID = value;
                        else
                            delete message.resultID;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        Mount.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.Mount)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.Mount: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.Mount();
            if (object.input != null)
                if (typeof object.input === "object" ? object.input.low || object.input.high : $Number(object.input) !== 0)
                    if ($util.Long)
                        message.input = $util.Long.fromValue(object.input, false);
                    else if (typeof object.input === "string")
                        message.input = $parseInt(object.input, 10);
                    else if (typeof object.input === "number")
                        message.input = object.input;
                    else if (typeof object.input === "object")
                        message.input = new $util.LongBits(object.input.low >>> 0, object.input.high >>> 0).toNumber();
            if (object.selector != null)
                if (typeof object.selector !== "string" || object.selector.length)
                    message.selector = $String(object.selector);
            if (object.dest != null)
                if (typeof object.dest !== "string" || object.dest.length)
                    message.dest = $String(object.dest);
            if (object.output != null)
                if (typeof object.output === "object" ? object.output.low || object.output.high : $Number(object.output) !== 0)
                    if ($util.Long)
                        message.output = $util.Long.fromValue(object.output, false);
                    else if (typeof object.output === "string")
                        message.output = $parseInt(object.output, 10);
                    else if (typeof object.output === "number")
                        message.output = object.output;
                    else if (typeof object.output === "object")
                        message.output = new $util.LongBits(object.output.low >>> 0, object.output.high >>> 0).toNumber();
            if (object.readonly != null)
                if (object.readonly)
                    message.readonly = $Boolean(object.readonly);
            if (object.mountType !== 0 && (typeof object.mountType !== "string" || $root.pb.MountType[object.mountType] !== 0))
                switch (object.mountType) {
                case "BIND":
                case 0:
                    message.mountType = 0;
                    break;
                case "SECRET":
                case 1:
                    message.mountType = 1;
                    break;
                case "SSH":
                case 2:
                    message.mountType = 2;
                    break;
                case "CACHE":
                case 3:
                    message.mountType = 3;
                    break;
                case "TMPFS":
                case 4:
                    message.mountType = 4;
                    break;
                default:
                    if (typeof object.mountType === "number" && (object.mountType | 0) === object.mountType)
                        message.mountType = object.mountType;
                }
            if (object.TmpfsOpt != null) {
                if (!$util.isObject(object.TmpfsOpt))
                    throw $TypeError(".pb.Mount.TmpfsOpt: object expected");
                message.TmpfsOpt = $root.pb.TmpfsOpt.fromObject(object.TmpfsOpt, _depth + 1);
            }
            if (object.cacheOpt != null) {
                if (!$util.isObject(object.cacheOpt))
                    throw $TypeError(".pb.Mount.cacheOpt: object expected");
                message.cacheOpt = $root.pb.CacheOpt.fromObject(object.cacheOpt, _depth + 1);
            }
            if (object.secretOpt != null) {
                if (!$util.isObject(object.secretOpt))
                    throw $TypeError(".pb.Mount.secretOpt: object expected");
                message.secretOpt = $root.pb.SecretOpt.fromObject(object.secretOpt, _depth + 1);
            }
            if (object.SSHOpt != null) {
                if (!$util.isObject(object.SSHOpt))
                    throw $TypeError(".pb.Mount.SSHOpt: object expected");
                message.SSHOpt = $root.pb.SSHOpt.fromObject(object.SSHOpt, _depth + 1);
            }
            if (object.resultID != null)
                if (typeof object.resultID !== "string" || object.resultID.length)
                    message.resultID = $String(object.resultID);
            return message;
        };

        Mount.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.input = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.input = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.selector = "";
                object.dest = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.output = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.output = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.readonly = false;
                object.mountType = options.enums === $String ? "BIND" : 0;
                object.TmpfsOpt = null;
                object.cacheOpt = null;
                object.secretOpt = null;
                object.SSHOpt = null;
                object.resultID = "";
            }
            if (message.input != null && $Object.hasOwnProperty.call(message, "input"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.input = typeof message.input === "number" ? $BigInt(message.input) : $util.Long.fromBits(message.input.low >>> 0, message.input.high >>> 0, false).toBigInt();
                else if (typeof message.input === "number")
                    object.input = options.longs === $String ? $String(message.input) : message.input;
                else
                    object.input = options.longs === $String ? $util.Long.prototype.toString.call(message.input) : options.longs === $Number ? new $util.LongBits(message.input.low >>> 0, message.input.high >>> 0).toNumber() : message.input;
            if (message.selector != null && $Object.hasOwnProperty.call(message, "selector"))
                object.selector = message.selector;
            if (message.dest != null && $Object.hasOwnProperty.call(message, "dest"))
                object.dest = message.dest;
            if (message.output != null && $Object.hasOwnProperty.call(message, "output"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.output = typeof message.output === "number" ? $BigInt(message.output) : $util.Long.fromBits(message.output.low >>> 0, message.output.high >>> 0, false).toBigInt();
                else if (typeof message.output === "number")
                    object.output = options.longs === $String ? $String(message.output) : message.output;
                else
                    object.output = options.longs === $String ? $util.Long.prototype.toString.call(message.output) : options.longs === $Number ? new $util.LongBits(message.output.low >>> 0, message.output.high >>> 0).toNumber() : message.output;
            if (message.readonly != null && $Object.hasOwnProperty.call(message, "readonly"))
                object.readonly = message.readonly;
            if (message.mountType != null && $Object.hasOwnProperty.call(message, "mountType"))
                object.mountType = options.enums === $String ? $root.pb.MountType[message.mountType] === $undefined ? message.mountType : $root.pb.MountType[message.mountType] : message.mountType;
            if (message.TmpfsOpt != null && $Object.hasOwnProperty.call(message, "TmpfsOpt"))
                object.TmpfsOpt = $root.pb.TmpfsOpt.toObject(message.TmpfsOpt, options, _depth + 1);
            if (message.cacheOpt != null && $Object.hasOwnProperty.call(message, "cacheOpt"))
                object.cacheOpt = $root.pb.CacheOpt.toObject(message.cacheOpt, options, _depth + 1);
            if (message.secretOpt != null && $Object.hasOwnProperty.call(message, "secretOpt"))
                object.secretOpt = $root.pb.SecretOpt.toObject(message.secretOpt, options, _depth + 1);
            if (message.SSHOpt != null && $Object.hasOwnProperty.call(message, "SSHOpt"))
                object.SSHOpt = $root.pb.SSHOpt.toObject(message.SSHOpt, options, _depth + 1);
            if (message.resultID != null && $Object.hasOwnProperty.call(message, "resultID"))
                object.resultID = message.resultID;
            return object;
        };

        Mount.prototype.toJSON = function() {
            return Mount.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Mount;
    })();

    pb.TmpfsOpt = (function() {

        const TmpfsOpt = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        TmpfsOpt.prototype.size = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        TmpfsOpt.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                writer.uint32(8).int64(message.size);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        TmpfsOpt.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.TmpfsOpt();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.size = value;
                        else
                            delete message.size;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        TmpfsOpt.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.TmpfsOpt)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.TmpfsOpt: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.TmpfsOpt();
            if (object.size != null)
                if (typeof object.size === "object" ? object.size.low || object.size.high : $Number(object.size) !== 0)
                    if ($util.Long)
                        message.size = $util.Long.fromValue(object.size, false);
                    else if (typeof object.size === "string")
                        message.size = $parseInt(object.size, 10);
                    else if (typeof object.size === "number")
                        message.size = object.size;
                    else if (typeof object.size === "object")
                        message.size = new $util.LongBits(object.size.low >>> 0, object.size.high >>> 0).toNumber();
            return message;
        };

        TmpfsOpt.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.size = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.size = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.size = typeof message.size === "number" ? $BigInt(message.size) : $util.Long.fromBits(message.size.low >>> 0, message.size.high >>> 0, false).toBigInt();
                else if (typeof message.size === "number")
                    object.size = options.longs === $String ? $String(message.size) : message.size;
                else
                    object.size = options.longs === $String ? $util.Long.prototype.toString.call(message.size) : options.longs === $Number ? new $util.LongBits(message.size.low >>> 0, message.size.high >>> 0).toNumber() : message.size;
            return object;
        };

        TmpfsOpt.prototype.toJSON = function() {
            return TmpfsOpt.toObject(this, $protobuf.util.toJSONOptions);
        };

        return TmpfsOpt;
    })();

    pb.CacheOpt = (function() {

        const CacheOpt = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        CacheOpt.prototype.ID = "";
        CacheOpt.prototype.sharing = 0;

        CacheOpt.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.ID != null && $Object.hasOwnProperty.call(message, "ID") && message.ID !== "")
                writer.uint32(10).string(message.ID);
            if (message.sharing != null && $Object.hasOwnProperty.call(message, "sharing") && message.sharing !== 0)
                writer.uint32(16).int32(message.sharing);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        CacheOpt.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.CacheOpt();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.ID = value;
                        else
                            delete message.ID;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.sharing = value;
                        else
                            delete message.sharing;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        CacheOpt.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.CacheOpt)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.CacheOpt: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.CacheOpt();
            if (object.ID != null)
                if (typeof object.ID !== "string" || object.ID.length)
                    message.ID = $String(object.ID);
            if (object.sharing !== 0 && (typeof object.sharing !== "string" || $root.pb.CacheSharingOpt[object.sharing] !== 0))
                switch (object.sharing) {
                case "SHARED":
                case 0:
                    message.sharing = 0;
                    break;
                case "PRIVATE":
                case 1:
                    message.sharing = 1;
                    break;
                case "LOCKED":
                case 2:
                    message.sharing = 2;
                    break;
                default:
                    if (typeof object.sharing === "number" && (object.sharing | 0) === object.sharing)
                        message.sharing = object.sharing;
                }
            return message;
        };

        CacheOpt.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.ID = "";
                object.sharing = options.enums === $String ? "SHARED" : 0;
            }
            if (message.ID != null && $Object.hasOwnProperty.call(message, "ID"))
                object.ID = message.ID;
            if (message.sharing != null && $Object.hasOwnProperty.call(message, "sharing"))
                object.sharing = options.enums === $String ? $root.pb.CacheSharingOpt[message.sharing] === $undefined ? message.sharing : $root.pb.CacheSharingOpt[message.sharing] : message.sharing;
            return object;
        };

        CacheOpt.prototype.toJSON = function() {
            return CacheOpt.toObject(this, $protobuf.util.toJSONOptions);
        };

        return CacheOpt;
    })();

    pb.SecretOpt = (function() {

        const SecretOpt = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        SecretOpt.prototype.ID = "";
        SecretOpt.prototype.uid = 0;
        SecretOpt.prototype.gid = 0;
        SecretOpt.prototype.mode = 0;
        SecretOpt.prototype.optional = false;

        SecretOpt.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.ID != null && $Object.hasOwnProperty.call(message, "ID") && message.ID !== "")
                writer.uint32(10).string(message.ID);
            if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== 0)
                writer.uint32(16).uint32(message.uid);
            if (message.gid != null && $Object.hasOwnProperty.call(message, "gid") && message.gid !== 0)
                writer.uint32(24).uint32(message.gid);
            if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== 0)
                writer.uint32(32).uint32(message.mode);
            if (message.optional != null && $Object.hasOwnProperty.call(message, "optional") && message.optional !== false)
                writer.uint32(40).bool(message.optional);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        SecretOpt.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.SecretOpt();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.ID = value;
                        else
                            delete message.ID;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.uid = value;
                        else
                            delete message.uid;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.gid = value;
                        else
                            delete message.gid;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.mode = value;
                        else
                            delete message.mode;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.optional = value;
                        else
                            delete message.optional;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        SecretOpt.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.SecretOpt)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.SecretOpt: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.SecretOpt();
            if (object.ID != null)
                if (typeof object.ID !== "string" || object.ID.length)
                    message.ID = $String(object.ID);
            if (object.uid != null)
                if ($Number(object.uid) !== 0)
                    message.uid = object.uid >>> 0;
            if (object.gid != null)
                if ($Number(object.gid) !== 0)
                    message.gid = object.gid >>> 0;
            if (object.mode != null)
                if ($Number(object.mode) !== 0)
                    message.mode = object.mode >>> 0;
            if (object.optional != null)
                if (object.optional)
                    message.optional = $Boolean(object.optional);
            return message;
        };

        SecretOpt.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.ID = "";
                object.uid = 0;
                object.gid = 0;
                object.mode = 0;
                object.optional = false;
            }
            if (message.ID != null && $Object.hasOwnProperty.call(message, "ID"))
                object.ID = message.ID;
            if (message.uid != null && $Object.hasOwnProperty.call(message, "uid"))
                object.uid = message.uid;
            if (message.gid != null && $Object.hasOwnProperty.call(message, "gid"))
                object.gid = message.gid;
            if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                object.mode = message.mode;
            if (message.optional != null && $Object.hasOwnProperty.call(message, "optional"))
                object.optional = message.optional;
            return object;
        };

        SecretOpt.prototype.toJSON = function() {
            return SecretOpt.toObject(this, $protobuf.util.toJSONOptions);
        };

        return SecretOpt;
    })();

    pb.SSHOpt = (function() {

        const SSHOpt = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        SSHOpt.prototype.ID = "";
        SSHOpt.prototype.uid = 0;
        SSHOpt.prototype.gid = 0;
        SSHOpt.prototype.mode = 0;
        SSHOpt.prototype.optional = false;

        SSHOpt.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.ID != null && $Object.hasOwnProperty.call(message, "ID") && message.ID !== "")
                writer.uint32(10).string(message.ID);
            if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== 0)
                writer.uint32(16).uint32(message.uid);
            if (message.gid != null && $Object.hasOwnProperty.call(message, "gid") && message.gid !== 0)
                writer.uint32(24).uint32(message.gid);
            if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== 0)
                writer.uint32(32).uint32(message.mode);
            if (message.optional != null && $Object.hasOwnProperty.call(message, "optional") && message.optional !== false)
                writer.uint32(40).bool(message.optional);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        SSHOpt.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.SSHOpt();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.ID = value;
                        else
                            delete message.ID;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.uid = value;
                        else
                            delete message.uid;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.gid = value;
                        else
                            delete message.gid;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.mode = value;
                        else
                            delete message.mode;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.optional = value;
                        else
                            delete message.optional;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        SSHOpt.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.SSHOpt)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.SSHOpt: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.SSHOpt();
            if (object.ID != null)
                if (typeof object.ID !== "string" || object.ID.length)
                    message.ID = $String(object.ID);
            if (object.uid != null)
                if ($Number(object.uid) !== 0)
                    message.uid = object.uid >>> 0;
            if (object.gid != null)
                if ($Number(object.gid) !== 0)
                    message.gid = object.gid >>> 0;
            if (object.mode != null)
                if ($Number(object.mode) !== 0)
                    message.mode = object.mode >>> 0;
            if (object.optional != null)
                if (object.optional)
                    message.optional = $Boolean(object.optional);
            return message;
        };

        SSHOpt.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.ID = "";
                object.uid = 0;
                object.gid = 0;
                object.mode = 0;
                object.optional = false;
            }
            if (message.ID != null && $Object.hasOwnProperty.call(message, "ID"))
                object.ID = message.ID;
            if (message.uid != null && $Object.hasOwnProperty.call(message, "uid"))
                object.uid = message.uid;
            if (message.gid != null && $Object.hasOwnProperty.call(message, "gid"))
                object.gid = message.gid;
            if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                object.mode = message.mode;
            if (message.optional != null && $Object.hasOwnProperty.call(message, "optional"))
                object.optional = message.optional;
            return object;
        };

        SSHOpt.prototype.toJSON = function() {
            return SSHOpt.toObject(this, $protobuf.util.toJSONOptions);
        };

        return SSHOpt;
    })();

    pb.SourceOp = (function() {

        const SourceOp = function (properties) {
            this.attrs = {};
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        SourceOp.prototype.identifier = "";
        SourceOp.prototype.attrs = $util.emptyObject;

        SourceOp.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.identifier != null && $Object.hasOwnProperty.call(message, "identifier") && message.identifier !== "")
                writer.uint32(10).string(message.identifier);
            if (message.attrs != null && $Object.hasOwnProperty.call(message, "attrs"))
                for (let keys = $Object.keys(message.attrs), i = 0; i < keys.length; ++i)
                    writer.uint32(18).fork().uint32(10).string(keys[i]).uint32(18).string(message.attrs[keys[i]]).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        SourceOp.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, key, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.SourceOp();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.identifier = value;
                        else
                            delete message.identifier;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (message.attrs === $util.emptyObject)
                            message.attrs = {};
                        let end2 = reader.size() + reader.pos;
                        if (end2 > reader.len)
                            throw $RangeError("index out of range");
                        reader.len = end2;
                        key = "";
                        value = "";
                        while (reader.pos < end2) {
                            let tag2 = reader.tag();
                            wireType = tag2 & 7;
                            switch (tag2 >>>= 3) {
                            case 1:
                                if (wireType !== 2)
                                    break;
                                key = reader.stringVerify();
                                continue;
                            case 2:
                                if (wireType !== 2)
                                    break;
                                value = reader.stringVerify();
                                continue;
                            }
                            reader.skipType(wireType, _depth, tag2);
                        }
                        if (reader.pos !== end2)
                            throw $RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.attrs, key);
                        message.attrs[key] = value;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        SourceOp.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.SourceOp)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.SourceOp: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.SourceOp();
            if (object.identifier != null)
                if (typeof object.identifier !== "string" || object.identifier.length)
                    message.identifier = $String(object.identifier);
            if (object.attrs) {
                if (!$util.isObject(object.attrs))
                    throw $TypeError(".pb.SourceOp.attrs: object expected");
                message.attrs = {};
                for (let keys = $Object.keys(object.attrs), i = 0; i < keys.length; ++i) {
                    if (keys[i] === "__proto__")
                        $util.makeProp(message.attrs, keys[i]);
                    message.attrs[keys[i]] = $String(object.attrs[keys[i]]);
                }
            }
            return message;
        };

        SourceOp.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.objects || options.defaults)
                object.attrs = {};
            if (options.defaults)
                object.identifier = "";
            if (message.identifier != null && $Object.hasOwnProperty.call(message, "identifier"))
                object.identifier = message.identifier;
            let keys2;
            if (message.attrs && (keys2 = $Object.keys(message.attrs)).length) {
                object.attrs = {};
                for (let j = 0; j < keys2.length; ++j) {
                    if (keys2[j] === "__proto__")
                        $util.makeProp(object.attrs, keys2[j]);
                    object.attrs[keys2[j]] = message.attrs[keys2[j]];
                }
            }
            return object;
        };

        SourceOp.prototype.toJSON = function() {
            return SourceOp.toObject(this, $protobuf.util.toJSONOptions);
        };

        return SourceOp;
    })();

    pb.FileOp = (function() {

        const FileOp = function (properties) {
            this.actions = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        FileOp.prototype.actions = $util.emptyArray;

        FileOp.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.actions != null && message.actions.length)
                for (let i = 0; i < message.actions.length; ++i)
                    $root.pb.FileAction.encode(message.actions[i], writer.uint32(18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        FileOp.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.FileOp();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.actions && message.actions.length))
                            message.actions = [];
                        message.actions.push($root.pb.FileAction.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        FileOp.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.FileOp)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.FileOp: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.FileOp();
            if (object.actions) {
                if (!$Array.isArray(object.actions))
                    throw $TypeError(".pb.FileOp.actions: array expected");
                message.actions = $Array(object.actions.length);
                for (let i = 0; i < object.actions.length; ++i) {
                    if (!$util.isObject(object.actions[i]))
                        throw $TypeError(".pb.FileOp.actions: object expected");
                    message.actions[i] = $root.pb.FileAction.fromObject(object.actions[i], _depth + 1);
                }
            }
            return message;
        };

        FileOp.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.actions = [];
            if (message.actions && message.actions.length) {
                object.actions = $Array(message.actions.length);
                for (let j = 0; j < message.actions.length; ++j)
                    object.actions[j] = $root.pb.FileAction.toObject(message.actions[j], options, _depth + 1);
            }
            return object;
        };

        FileOp.prototype.toJSON = function() {
            return FileOp.toObject(this, $protobuf.util.toJSONOptions);
        };

        return FileOp;
    })();

    pb.FileAction = (function() {

        const FileAction = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        FileAction.prototype.input = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        FileAction.prototype.secondaryInput = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        FileAction.prototype.output = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        FileAction.prototype.copy = null;
        FileAction.prototype.mkfile = null;
        FileAction.prototype.mkdir = null;
        FileAction.prototype.rm = null;
        FileAction.prototype.symlink = null;

        let $oneOfFields;

        $Object.defineProperty(FileAction.prototype, "action", {
            get: $util.oneOfGetter($oneOfFields = ["copy", "mkfile", "mkdir", "rm", "symlink"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        FileAction.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.input != null && $Object.hasOwnProperty.call(message, "input") && (typeof message.input === "object" ? message.input.low || message.input.high : message.input !== 0))
                writer.uint32(8).int64(message.input);
            if (message.secondaryInput != null && $Object.hasOwnProperty.call(message, "secondaryInput") && (typeof message.secondaryInput === "object" ? message.secondaryInput.low || message.secondaryInput.high : message.secondaryInput !== 0))
                writer.uint32(16).int64(message.secondaryInput);
            if (message.output != null && $Object.hasOwnProperty.call(message, "output") && (typeof message.output === "object" ? message.output.low || message.output.high : message.output !== 0))
                writer.uint32(24).int64(message.output);
            if (message.copy != null && $Object.hasOwnProperty.call(message, "copy"))
                $root.pb.FileActionCopy.encode(message.copy, writer.uint32(34).fork(), _depth + 1).ldelim();
            if (message.mkfile != null && $Object.hasOwnProperty.call(message, "mkfile"))
                $root.pb.FileActionMkFile.encode(message.mkfile, writer.uint32(42).fork(), _depth + 1).ldelim();
            if (message.mkdir != null && $Object.hasOwnProperty.call(message, "mkdir"))
                $root.pb.FileActionMkDir.encode(message.mkdir, writer.uint32(50).fork(), _depth + 1).ldelim();
            if (message.rm != null && $Object.hasOwnProperty.call(message, "rm"))
                $root.pb.FileActionRm.encode(message.rm, writer.uint32(58).fork(), _depth + 1).ldelim();
            if (message.symlink != null && $Object.hasOwnProperty.call(message, "symlink"))
                $root.pb.FileActionSymlink.encode(message.symlink, writer.uint32(66).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        FileAction.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.FileAction();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.input = value;
                        else
                            delete message.input;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.secondaryInput = value;
                        else
                            delete message.secondaryInput;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.output = value;
                        else
                            delete message.output;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.copy = $root.pb.FileActionCopy.decode(reader, reader.size(), $undefined, _depth + 1, message.copy);
                        message.action = "copy";
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.mkfile = $root.pb.FileActionMkFile.decode(reader, reader.size(), $undefined, _depth + 1, message.mkfile);
                        message.action = "mkfile";
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.mkdir = $root.pb.FileActionMkDir.decode(reader, reader.size(), $undefined, _depth + 1, message.mkdir);
                        message.action = "mkdir";
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        message.rm = $root.pb.FileActionRm.decode(reader, reader.size(), $undefined, _depth + 1, message.rm);
                        message.action = "rm";
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        message.symlink = $root.pb.FileActionSymlink.decode(reader, reader.size(), $undefined, _depth + 1, message.symlink);
                        message.action = "symlink";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        FileAction.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.FileAction)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.FileAction: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.FileAction();
            if (object.input != null)
                if (typeof object.input === "object" ? object.input.low || object.input.high : $Number(object.input) !== 0)
                    if ($util.Long)
                        message.input = $util.Long.fromValue(object.input, false);
                    else if (typeof object.input === "string")
                        message.input = $parseInt(object.input, 10);
                    else if (typeof object.input === "number")
                        message.input = object.input;
                    else if (typeof object.input === "object")
                        message.input = new $util.LongBits(object.input.low >>> 0, object.input.high >>> 0).toNumber();
            if (object.secondaryInput != null)
                if (typeof object.secondaryInput === "object" ? object.secondaryInput.low || object.secondaryInput.high : $Number(object.secondaryInput) !== 0)
                    if ($util.Long)
                        message.secondaryInput = $util.Long.fromValue(object.secondaryInput, false);
                    else if (typeof object.secondaryInput === "string")
                        message.secondaryInput = $parseInt(object.secondaryInput, 10);
                    else if (typeof object.secondaryInput === "number")
                        message.secondaryInput = object.secondaryInput;
                    else if (typeof object.secondaryInput === "object")
                        message.secondaryInput = new $util.LongBits(object.secondaryInput.low >>> 0, object.secondaryInput.high >>> 0).toNumber();
            if (object.output != null)
                if (typeof object.output === "object" ? object.output.low || object.output.high : $Number(object.output) !== 0)
                    if ($util.Long)
                        message.output = $util.Long.fromValue(object.output, false);
                    else if (typeof object.output === "string")
                        message.output = $parseInt(object.output, 10);
                    else if (typeof object.output === "number")
                        message.output = object.output;
                    else if (typeof object.output === "object")
                        message.output = new $util.LongBits(object.output.low >>> 0, object.output.high >>> 0).toNumber();
            if (object.copy != null) {
                if (!$util.isObject(object.copy))
                    throw $TypeError(".pb.FileAction.copy: object expected");
                message.copy = $root.pb.FileActionCopy.fromObject(object.copy, _depth + 1);
            }
            if (object.mkfile != null) {
                if (!$util.isObject(object.mkfile))
                    throw $TypeError(".pb.FileAction.mkfile: object expected");
                message.mkfile = $root.pb.FileActionMkFile.fromObject(object.mkfile, _depth + 1);
            }
            if (object.mkdir != null) {
                if (!$util.isObject(object.mkdir))
                    throw $TypeError(".pb.FileAction.mkdir: object expected");
                message.mkdir = $root.pb.FileActionMkDir.fromObject(object.mkdir, _depth + 1);
            }
            if (object.rm != null) {
                if (!$util.isObject(object.rm))
                    throw $TypeError(".pb.FileAction.rm: object expected");
                message.rm = $root.pb.FileActionRm.fromObject(object.rm, _depth + 1);
            }
            if (object.symlink != null) {
                if (!$util.isObject(object.symlink))
                    throw $TypeError(".pb.FileAction.symlink: object expected");
                message.symlink = $root.pb.FileActionSymlink.fromObject(object.symlink, _depth + 1);
            }
            return message;
        };

        FileAction.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.input = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.input = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.secondaryInput = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.secondaryInput = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.output = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.output = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.input != null && $Object.hasOwnProperty.call(message, "input"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.input = typeof message.input === "number" ? $BigInt(message.input) : $util.Long.fromBits(message.input.low >>> 0, message.input.high >>> 0, false).toBigInt();
                else if (typeof message.input === "number")
                    object.input = options.longs === $String ? $String(message.input) : message.input;
                else
                    object.input = options.longs === $String ? $util.Long.prototype.toString.call(message.input) : options.longs === $Number ? new $util.LongBits(message.input.low >>> 0, message.input.high >>> 0).toNumber() : message.input;
            if (message.secondaryInput != null && $Object.hasOwnProperty.call(message, "secondaryInput"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.secondaryInput = typeof message.secondaryInput === "number" ? $BigInt(message.secondaryInput) : $util.Long.fromBits(message.secondaryInput.low >>> 0, message.secondaryInput.high >>> 0, false).toBigInt();
                else if (typeof message.secondaryInput === "number")
                    object.secondaryInput = options.longs === $String ? $String(message.secondaryInput) : message.secondaryInput;
                else
                    object.secondaryInput = options.longs === $String ? $util.Long.prototype.toString.call(message.secondaryInput) : options.longs === $Number ? new $util.LongBits(message.secondaryInput.low >>> 0, message.secondaryInput.high >>> 0).toNumber() : message.secondaryInput;
            if (message.output != null && $Object.hasOwnProperty.call(message, "output"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.output = typeof message.output === "number" ? $BigInt(message.output) : $util.Long.fromBits(message.output.low >>> 0, message.output.high >>> 0, false).toBigInt();
                else if (typeof message.output === "number")
                    object.output = options.longs === $String ? $String(message.output) : message.output;
                else
                    object.output = options.longs === $String ? $util.Long.prototype.toString.call(message.output) : options.longs === $Number ? new $util.LongBits(message.output.low >>> 0, message.output.high >>> 0).toNumber() : message.output;
            if (message.copy != null && $Object.hasOwnProperty.call(message, "copy")) {
                object.copy = $root.pb.FileActionCopy.toObject(message.copy, options, _depth + 1);
                if (options.oneofs)
                    object.action = "copy";
            }
            if (message.mkfile != null && $Object.hasOwnProperty.call(message, "mkfile")) {
                object.mkfile = $root.pb.FileActionMkFile.toObject(message.mkfile, options, _depth + 1);
                if (options.oneofs)
                    object.action = "mkfile";
            }
            if (message.mkdir != null && $Object.hasOwnProperty.call(message, "mkdir")) {
                object.mkdir = $root.pb.FileActionMkDir.toObject(message.mkdir, options, _depth + 1);
                if (options.oneofs)
                    object.action = "mkdir";
            }
            if (message.rm != null && $Object.hasOwnProperty.call(message, "rm")) {
                object.rm = $root.pb.FileActionRm.toObject(message.rm, options, _depth + 1);
                if (options.oneofs)
                    object.action = "rm";
            }
            if (message.symlink != null && $Object.hasOwnProperty.call(message, "symlink")) {
                object.symlink = $root.pb.FileActionSymlink.toObject(message.symlink, options, _depth + 1);
                if (options.oneofs)
                    object.action = "symlink";
            }
            return object;
        };

        FileAction.prototype.toJSON = function() {
            return FileAction.toObject(this, $protobuf.util.toJSONOptions);
        };

        return FileAction;
    })();

    pb.FileActionCopy = (function() {

        const FileActionCopy = function (properties) {
            this.include_patterns = [];
            this.exclude_patterns = [];
            this.required_paths = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        FileActionCopy.prototype.src = "";
        FileActionCopy.prototype.dest = "";
        FileActionCopy.prototype.owner = null;
        FileActionCopy.prototype.mode = 0;
        FileActionCopy.prototype.followSymlink = false;
        FileActionCopy.prototype.dirCopyContents = false;
        FileActionCopy.prototype.attemptUnpackDockerCompatibility = false;
        FileActionCopy.prototype.createDestPath = false;
        FileActionCopy.prototype.allowWildcard = false;
        FileActionCopy.prototype.allowEmptyWildcard = false;
        FileActionCopy.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        FileActionCopy.prototype.include_patterns = $util.emptyArray;
        FileActionCopy.prototype.exclude_patterns = $util.emptyArray;
        FileActionCopy.prototype.alwaysReplaceExistingDestPaths = false;
        FileActionCopy.prototype.modeStr = "";
        FileActionCopy.prototype.required_paths = $util.emptyArray;

        FileActionCopy.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.src != null && $Object.hasOwnProperty.call(message, "src") && message.src !== "")
                writer.uint32(10).string(message.src);
            if (message.dest != null && $Object.hasOwnProperty.call(message, "dest") && message.dest !== "")
                writer.uint32(18).string(message.dest);
            if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                $root.pb.ChownOpt.encode(message.owner, writer.uint32(26).fork(), _depth + 1).ldelim();
            if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== 0)
                writer.uint32(32).int32(message.mode);
            if (message.followSymlink != null && $Object.hasOwnProperty.call(message, "followSymlink") && message.followSymlink !== false)
                writer.uint32(40).bool(message.followSymlink);
            if (message.dirCopyContents != null && $Object.hasOwnProperty.call(message, "dirCopyContents") && message.dirCopyContents !== false)
                writer.uint32(48).bool(message.dirCopyContents);
            if (message.attemptUnpackDockerCompatibility != null && $Object.hasOwnProperty.call(message, "attemptUnpackDockerCompatibility") && message.attemptUnpackDockerCompatibility !== false)
                writer.uint32(56).bool(message.attemptUnpackDockerCompatibility);
            if (message.createDestPath != null && $Object.hasOwnProperty.call(message, "createDestPath") && message.createDestPath !== false)
                writer.uint32(64).bool(message.createDestPath);
            if (message.allowWildcard != null && $Object.hasOwnProperty.call(message, "allowWildcard") && message.allowWildcard !== false)
                writer.uint32(72).bool(message.allowWildcard);
            if (message.allowEmptyWildcard != null && $Object.hasOwnProperty.call(message, "allowEmptyWildcard") && message.allowEmptyWildcard !== false)
                writer.uint32(80).bool(message.allowEmptyWildcard);
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                writer.uint32(88).int64(message.timestamp);
            if (message.include_patterns != null && message.include_patterns.length)
                for (let i = 0; i < message.include_patterns.length; ++i)
                    writer.uint32(98).string(message.include_patterns[i]);
            if (message.exclude_patterns != null && message.exclude_patterns.length)
                for (let i = 0; i < message.exclude_patterns.length; ++i)
                    writer.uint32(106).string(message.exclude_patterns[i]);
            if (message.alwaysReplaceExistingDestPaths != null && $Object.hasOwnProperty.call(message, "alwaysReplaceExistingDestPaths") && message.alwaysReplaceExistingDestPaths !== false)
                writer.uint32(112).bool(message.alwaysReplaceExistingDestPaths);
            if (message.modeStr != null && $Object.hasOwnProperty.call(message, "modeStr") && message.modeStr !== "")
                writer.uint32(122).string(message.modeStr);
            if (message.required_paths != null && message.required_paths.length)
                for (let i = 0; i < message.required_paths.length; ++i)
                    writer.uint32(130).string(message.required_paths[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        FileActionCopy.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.FileActionCopy();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.src = value;
                        else
                            delete message.src;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.dest = value;
                        else
                            delete message.dest;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.owner = $root.pb.ChownOpt.decode(reader, reader.size(), $undefined, _depth + 1, message.owner);
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.mode = value;
                        else
                            delete message.mode;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.followSymlink = value;
                        else
                            delete message.followSymlink;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.dirCopyContents = value;
                        else
                            delete message.dirCopyContents;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.attemptUnpackDockerCompatibility = value;
                        else
                            delete message.attemptUnpackDockerCompatibility;
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.createDestPath = value;
                        else
                            delete message.createDestPath;
                        continue;
                    }
                case 9: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.allowWildcard = value;
                        else
                            delete message.allowWildcard;
                        continue;
                    }
                case 10: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.allowEmptyWildcard = value;
                        else
                            delete message.allowEmptyWildcard;
                        continue;
                    }
                case 11: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.timestamp = value;
                        else
                            delete message.timestamp;
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        if (!(message.include_patterns && message.include_patterns.length))
                            message.include_patterns = [];
                        message.include_patterns.push(reader.stringVerify());
                        continue;
                    }
                case 13: {
                        if (wireType !== 2)
                            break;
                        if (!(message.exclude_patterns && message.exclude_patterns.length))
                            message.exclude_patterns = [];
                        message.exclude_patterns.push(reader.stringVerify());
                        continue;
                    }
                case 14: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.alwaysReplaceExistingDestPaths = value;
                        else
                            delete message.alwaysReplaceExistingDestPaths;
                        continue;
                    }
                case 15: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.modeStr = value;
                        else
                            delete message.modeStr;
                        continue;
                    }
                case 16: {
                        if (wireType !== 2)
                            break;
                        if (!(message.required_paths && message.required_paths.length))
                            message.required_paths = [];
                        message.required_paths.push(reader.stringVerify());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        FileActionCopy.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.FileActionCopy)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.FileActionCopy: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.FileActionCopy();
            if (object.src != null)
                if (typeof object.src !== "string" || object.src.length)
                    message.src = $String(object.src);
            if (object.dest != null)
                if (typeof object.dest !== "string" || object.dest.length)
                    message.dest = $String(object.dest);
            if (object.owner != null) {
                if (!$util.isObject(object.owner))
                    throw $TypeError(".pb.FileActionCopy.owner: object expected");
                message.owner = $root.pb.ChownOpt.fromObject(object.owner, _depth + 1);
            }
            if (object.mode != null)
                if ($Number(object.mode) !== 0)
                    message.mode = object.mode | 0;
            if (object.followSymlink != null)
                if (object.followSymlink)
                    message.followSymlink = $Boolean(object.followSymlink);
            if (object.dirCopyContents != null)
                if (object.dirCopyContents)
                    message.dirCopyContents = $Boolean(object.dirCopyContents);
            if (object.attemptUnpackDockerCompatibility != null)
                if (object.attemptUnpackDockerCompatibility)
                    message.attemptUnpackDockerCompatibility = $Boolean(object.attemptUnpackDockerCompatibility);
            if (object.createDestPath != null)
                if (object.createDestPath)
                    message.createDestPath = $Boolean(object.createDestPath);
            if (object.allowWildcard != null)
                if (object.allowWildcard)
                    message.allowWildcard = $Boolean(object.allowWildcard);
            if (object.allowEmptyWildcard != null)
                if (object.allowEmptyWildcard)
                    message.allowEmptyWildcard = $Boolean(object.allowEmptyWildcard);
            if (object.timestamp != null)
                if (typeof object.timestamp === "object" ? object.timestamp.low || object.timestamp.high : $Number(object.timestamp) !== 0)
                    if ($util.Long)
                        message.timestamp = $util.Long.fromValue(object.timestamp, false);
                    else if (typeof object.timestamp === "string")
                        message.timestamp = $parseInt(object.timestamp, 10);
                    else if (typeof object.timestamp === "number")
                        message.timestamp = object.timestamp;
                    else if (typeof object.timestamp === "object")
                        message.timestamp = new $util.LongBits(object.timestamp.low >>> 0, object.timestamp.high >>> 0).toNumber();
            if (object.include_patterns) {
                if (!$Array.isArray(object.include_patterns))
                    throw $TypeError(".pb.FileActionCopy.include_patterns: array expected");
                message.include_patterns = $Array(object.include_patterns.length);
                for (let i = 0; i < object.include_patterns.length; ++i)
                    message.include_patterns[i] = $String(object.include_patterns[i]);
            }
            if (object.exclude_patterns) {
                if (!$Array.isArray(object.exclude_patterns))
                    throw $TypeError(".pb.FileActionCopy.exclude_patterns: array expected");
                message.exclude_patterns = $Array(object.exclude_patterns.length);
                for (let i = 0; i < object.exclude_patterns.length; ++i)
                    message.exclude_patterns[i] = $String(object.exclude_patterns[i]);
            }
            if (object.alwaysReplaceExistingDestPaths != null)
                if (object.alwaysReplaceExistingDestPaths)
                    message.alwaysReplaceExistingDestPaths = $Boolean(object.alwaysReplaceExistingDestPaths);
            if (object.modeStr != null)
                if (typeof object.modeStr !== "string" || object.modeStr.length)
                    message.modeStr = $String(object.modeStr);
            if (object.required_paths) {
                if (!$Array.isArray(object.required_paths))
                    throw $TypeError(".pb.FileActionCopy.required_paths: array expected");
                message.required_paths = $Array(object.required_paths.length);
                for (let i = 0; i < object.required_paths.length; ++i)
                    message.required_paths[i] = $String(object.required_paths[i]);
            }
            return message;
        };

        FileActionCopy.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.include_patterns = [];
                object.exclude_patterns = [];
                object.required_paths = [];
            }
            if (options.defaults) {
                object.src = "";
                object.dest = "";
                object.owner = null;
                object.mode = 0;
                object.followSymlink = false;
                object.dirCopyContents = false;
                object.attemptUnpackDockerCompatibility = false;
                object.createDestPath = false;
                object.allowWildcard = false;
                object.allowEmptyWildcard = false;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.timestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.timestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.alwaysReplaceExistingDestPaths = false;
                object.modeStr = "";
            }
            if (message.src != null && $Object.hasOwnProperty.call(message, "src"))
                object.src = message.src;
            if (message.dest != null && $Object.hasOwnProperty.call(message, "dest"))
                object.dest = message.dest;
            if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                object.owner = $root.pb.ChownOpt.toObject(message.owner, options, _depth + 1);
            if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                object.mode = message.mode;
            if (message.followSymlink != null && $Object.hasOwnProperty.call(message, "followSymlink"))
                object.followSymlink = message.followSymlink;
            if (message.dirCopyContents != null && $Object.hasOwnProperty.call(message, "dirCopyContents"))
                object.dirCopyContents = message.dirCopyContents;
            if (message.attemptUnpackDockerCompatibility != null && $Object.hasOwnProperty.call(message, "attemptUnpackDockerCompatibility"))
                object.attemptUnpackDockerCompatibility = message.attemptUnpackDockerCompatibility;
            if (message.createDestPath != null && $Object.hasOwnProperty.call(message, "createDestPath"))
                object.createDestPath = message.createDestPath;
            if (message.allowWildcard != null && $Object.hasOwnProperty.call(message, "allowWildcard"))
                object.allowWildcard = message.allowWildcard;
            if (message.allowEmptyWildcard != null && $Object.hasOwnProperty.call(message, "allowEmptyWildcard"))
                object.allowEmptyWildcard = message.allowEmptyWildcard;
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.timestamp = typeof message.timestamp === "number" ? $BigInt(message.timestamp) : $util.Long.fromBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0, false).toBigInt();
                else if (typeof message.timestamp === "number")
                    object.timestamp = options.longs === $String ? $String(message.timestamp) : message.timestamp;
                else
                    object.timestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.timestamp) : options.longs === $Number ? new $util.LongBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0).toNumber() : message.timestamp;
            if (message.include_patterns && message.include_patterns.length) {
                object.include_patterns = $Array(message.include_patterns.length);
                for (let j = 0; j < message.include_patterns.length; ++j)
                    object.include_patterns[j] = message.include_patterns[j];
            }
            if (message.exclude_patterns && message.exclude_patterns.length) {
                object.exclude_patterns = $Array(message.exclude_patterns.length);
                for (let j = 0; j < message.exclude_patterns.length; ++j)
                    object.exclude_patterns[j] = message.exclude_patterns[j];
            }
            if (message.alwaysReplaceExistingDestPaths != null && $Object.hasOwnProperty.call(message, "alwaysReplaceExistingDestPaths"))
                object.alwaysReplaceExistingDestPaths = message.alwaysReplaceExistingDestPaths;
            if (message.modeStr != null && $Object.hasOwnProperty.call(message, "modeStr"))
                object.modeStr = message.modeStr;
            if (message.required_paths && message.required_paths.length) {
                object.required_paths = $Array(message.required_paths.length);
                for (let j = 0; j < message.required_paths.length; ++j)
                    object.required_paths[j] = message.required_paths[j];
            }
            return object;
        };

        FileActionCopy.prototype.toJSON = function() {
            return FileActionCopy.toObject(this, $protobuf.util.toJSONOptions);
        };

        return FileActionCopy;
    })();

    pb.FileActionMkFile = (function() {

        const FileActionMkFile = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        FileActionMkFile.prototype.path = "";
        FileActionMkFile.prototype.mode = 0;
        FileActionMkFile.prototype.data = $util.newBuffer([]);
        FileActionMkFile.prototype.owner = null;
        FileActionMkFile.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        FileActionMkFile.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                writer.uint32(10).string(message.path);
            if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== 0)
                writer.uint32(16).int32(message.mode);
            if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                writer.uint32(26).bytes(message.data);
            if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                $root.pb.ChownOpt.encode(message.owner, writer.uint32(34).fork(), _depth + 1).ldelim();
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                writer.uint32(40).int64(message.timestamp);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        FileActionMkFile.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.FileActionMkFile();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.path = value;
                        else
                            delete message.path;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.mode = value;
                        else
                            delete message.mode;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.data = value;
                        else
                            delete message.data;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.owner = $root.pb.ChownOpt.decode(reader, reader.size(), $undefined, _depth + 1, message.owner);
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.timestamp = value;
                        else
                            delete message.timestamp;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        FileActionMkFile.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.FileActionMkFile)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.FileActionMkFile: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.FileActionMkFile();
            if (object.path != null)
                if (typeof object.path !== "string" || object.path.length)
                    message.path = $String(object.path);
            if (object.mode != null)
                if ($Number(object.mode) !== 0)
                    message.mode = object.mode | 0;
            if (object.data != null)
                if (object.data.length)
                    if (typeof object.data === "string")
                        $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                    else if (object.data.length >= 0)
                        message.data = object.data;
            if (object.owner != null) {
                if (!$util.isObject(object.owner))
                    throw $TypeError(".pb.FileActionMkFile.owner: object expected");
                message.owner = $root.pb.ChownOpt.fromObject(object.owner, _depth + 1);
            }
            if (object.timestamp != null)
                if (typeof object.timestamp === "object" ? object.timestamp.low || object.timestamp.high : $Number(object.timestamp) !== 0)
                    if ($util.Long)
                        message.timestamp = $util.Long.fromValue(object.timestamp, false);
                    else if (typeof object.timestamp === "string")
                        message.timestamp = $parseInt(object.timestamp, 10);
                    else if (typeof object.timestamp === "number")
                        message.timestamp = object.timestamp;
                    else if (typeof object.timestamp === "object")
                        message.timestamp = new $util.LongBits(object.timestamp.low >>> 0, object.timestamp.high >>> 0).toNumber();
            return message;
        };

        FileActionMkFile.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.path = "";
                object.mode = 0;
                if (options.bytes === $String)
                    object.data = "";
                else {
                    object.data = [];
                    if (options.bytes !== $Array)
                        object.data = $util.newBuffer(object.data);
                }
                object.owner = null;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.timestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.timestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                object.path = message.path;
            if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                object.mode = message.mode;
            if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
            if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                object.owner = $root.pb.ChownOpt.toObject(message.owner, options, _depth + 1);
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.timestamp = typeof message.timestamp === "number" ? $BigInt(message.timestamp) : $util.Long.fromBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0, false).toBigInt();
                else if (typeof message.timestamp === "number")
                    object.timestamp = options.longs === $String ? $String(message.timestamp) : message.timestamp;
                else
                    object.timestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.timestamp) : options.longs === $Number ? new $util.LongBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0).toNumber() : message.timestamp;
            return object;
        };

        FileActionMkFile.prototype.toJSON = function() {
            return FileActionMkFile.toObject(this, $protobuf.util.toJSONOptions);
        };

        return FileActionMkFile;
    })();

    pb.FileActionMkDir = (function() {

        const FileActionMkDir = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        FileActionMkDir.prototype.path = "";
        FileActionMkDir.prototype.mode = 0;
        FileActionMkDir.prototype.makeParents = false;
        FileActionMkDir.prototype.owner = null;
        FileActionMkDir.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        FileActionMkDir.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                writer.uint32(10).string(message.path);
            if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== 0)
                writer.uint32(16).int32(message.mode);
            if (message.makeParents != null && $Object.hasOwnProperty.call(message, "makeParents") && message.makeParents !== false)
                writer.uint32(24).bool(message.makeParents);
            if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                $root.pb.ChownOpt.encode(message.owner, writer.uint32(34).fork(), _depth + 1).ldelim();
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                writer.uint32(40).int64(message.timestamp);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        FileActionMkDir.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.FileActionMkDir();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.path = value;
                        else
                            delete message.path;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.mode = value;
                        else
                            delete message.mode;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.makeParents = value;
                        else
                            delete message.makeParents;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.owner = $root.pb.ChownOpt.decode(reader, reader.size(), $undefined, _depth + 1, message.owner);
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.timestamp = value;
                        else
                            delete message.timestamp;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        FileActionMkDir.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.FileActionMkDir)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.FileActionMkDir: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.FileActionMkDir();
            if (object.path != null)
                if (typeof object.path !== "string" || object.path.length)
                    message.path = $String(object.path);
            if (object.mode != null)
                if ($Number(object.mode) !== 0)
                    message.mode = object.mode | 0;
            if (object.makeParents != null)
                if (object.makeParents)
                    message.makeParents = $Boolean(object.makeParents);
            if (object.owner != null) {
                if (!$util.isObject(object.owner))
                    throw $TypeError(".pb.FileActionMkDir.owner: object expected");
                message.owner = $root.pb.ChownOpt.fromObject(object.owner, _depth + 1);
            }
            if (object.timestamp != null)
                if (typeof object.timestamp === "object" ? object.timestamp.low || object.timestamp.high : $Number(object.timestamp) !== 0)
                    if ($util.Long)
                        message.timestamp = $util.Long.fromValue(object.timestamp, false);
                    else if (typeof object.timestamp === "string")
                        message.timestamp = $parseInt(object.timestamp, 10);
                    else if (typeof object.timestamp === "number")
                        message.timestamp = object.timestamp;
                    else if (typeof object.timestamp === "object")
                        message.timestamp = new $util.LongBits(object.timestamp.low >>> 0, object.timestamp.high >>> 0).toNumber();
            return message;
        };

        FileActionMkDir.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.path = "";
                object.mode = 0;
                object.makeParents = false;
                object.owner = null;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.timestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.timestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                object.path = message.path;
            if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                object.mode = message.mode;
            if (message.makeParents != null && $Object.hasOwnProperty.call(message, "makeParents"))
                object.makeParents = message.makeParents;
            if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                object.owner = $root.pb.ChownOpt.toObject(message.owner, options, _depth + 1);
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.timestamp = typeof message.timestamp === "number" ? $BigInt(message.timestamp) : $util.Long.fromBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0, false).toBigInt();
                else if (typeof message.timestamp === "number")
                    object.timestamp = options.longs === $String ? $String(message.timestamp) : message.timestamp;
                else
                    object.timestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.timestamp) : options.longs === $Number ? new $util.LongBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0).toNumber() : message.timestamp;
            return object;
        };

        FileActionMkDir.prototype.toJSON = function() {
            return FileActionMkDir.toObject(this, $protobuf.util.toJSONOptions);
        };

        return FileActionMkDir;
    })();

    pb.FileActionRm = (function() {

        const FileActionRm = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        FileActionRm.prototype.path = "";
        FileActionRm.prototype.allowNotFound = false;
        FileActionRm.prototype.allowWildcard = false;

        FileActionRm.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                writer.uint32(10).string(message.path);
            if (message.allowNotFound != null && $Object.hasOwnProperty.call(message, "allowNotFound") && message.allowNotFound !== false)
                writer.uint32(16).bool(message.allowNotFound);
            if (message.allowWildcard != null && $Object.hasOwnProperty.call(message, "allowWildcard") && message.allowWildcard !== false)
                writer.uint32(24).bool(message.allowWildcard);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        FileActionRm.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.FileActionRm();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.path = value;
                        else
                            delete message.path;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.allowNotFound = value;
                        else
                            delete message.allowNotFound;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.allowWildcard = value;
                        else
                            delete message.allowWildcard;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        FileActionRm.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.FileActionRm)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.FileActionRm: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.FileActionRm();
            if (object.path != null)
                if (typeof object.path !== "string" || object.path.length)
                    message.path = $String(object.path);
            if (object.allowNotFound != null)
                if (object.allowNotFound)
                    message.allowNotFound = $Boolean(object.allowNotFound);
            if (object.allowWildcard != null)
                if (object.allowWildcard)
                    message.allowWildcard = $Boolean(object.allowWildcard);
            return message;
        };

        FileActionRm.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.path = "";
                object.allowNotFound = false;
                object.allowWildcard = false;
            }
            if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                object.path = message.path;
            if (message.allowNotFound != null && $Object.hasOwnProperty.call(message, "allowNotFound"))
                object.allowNotFound = message.allowNotFound;
            if (message.allowWildcard != null && $Object.hasOwnProperty.call(message, "allowWildcard"))
                object.allowWildcard = message.allowWildcard;
            return object;
        };

        FileActionRm.prototype.toJSON = function() {
            return FileActionRm.toObject(this, $protobuf.util.toJSONOptions);
        };

        return FileActionRm;
    })();

    pb.FileActionSymlink = (function() {

        const FileActionSymlink = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        FileActionSymlink.prototype.oldpath = "";
        FileActionSymlink.prototype.newpath = "";
        FileActionSymlink.prototype.owner = null;
        FileActionSymlink.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        FileActionSymlink.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.oldpath != null && $Object.hasOwnProperty.call(message, "oldpath") && message.oldpath !== "")
                writer.uint32(10).string(message.oldpath);
            if (message.newpath != null && $Object.hasOwnProperty.call(message, "newpath") && message.newpath !== "")
                writer.uint32(18).string(message.newpath);
            if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                $root.pb.ChownOpt.encode(message.owner, writer.uint32(26).fork(), _depth + 1).ldelim();
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                writer.uint32(32).int64(message.timestamp);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        FileActionSymlink.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.FileActionSymlink();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.oldpath = value;
                        else
                            delete message.oldpath;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.newpath = value;
                        else
                            delete message.newpath;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.owner = $root.pb.ChownOpt.decode(reader, reader.size(), $undefined, _depth + 1, message.owner);
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.timestamp = value;
                        else
                            delete message.timestamp;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        FileActionSymlink.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.FileActionSymlink)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.FileActionSymlink: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.FileActionSymlink();
            if (object.oldpath != null)
                if (typeof object.oldpath !== "string" || object.oldpath.length)
                    message.oldpath = $String(object.oldpath);
            if (object.newpath != null)
                if (typeof object.newpath !== "string" || object.newpath.length)
                    message.newpath = $String(object.newpath);
            if (object.owner != null) {
                if (!$util.isObject(object.owner))
                    throw $TypeError(".pb.FileActionSymlink.owner: object expected");
                message.owner = $root.pb.ChownOpt.fromObject(object.owner, _depth + 1);
            }
            if (object.timestamp != null)
                if (typeof object.timestamp === "object" ? object.timestamp.low || object.timestamp.high : $Number(object.timestamp) !== 0)
                    if ($util.Long)
                        message.timestamp = $util.Long.fromValue(object.timestamp, false);
                    else if (typeof object.timestamp === "string")
                        message.timestamp = $parseInt(object.timestamp, 10);
                    else if (typeof object.timestamp === "number")
                        message.timestamp = object.timestamp;
                    else if (typeof object.timestamp === "object")
                        message.timestamp = new $util.LongBits(object.timestamp.low >>> 0, object.timestamp.high >>> 0).toNumber();
            return message;
        };

        FileActionSymlink.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.oldpath = "";
                object.newpath = "";
                object.owner = null;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.timestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.timestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.oldpath != null && $Object.hasOwnProperty.call(message, "oldpath"))
                object.oldpath = message.oldpath;
            if (message.newpath != null && $Object.hasOwnProperty.call(message, "newpath"))
                object.newpath = message.newpath;
            if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                object.owner = $root.pb.ChownOpt.toObject(message.owner, options, _depth + 1);
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.timestamp = typeof message.timestamp === "number" ? $BigInt(message.timestamp) : $util.Long.fromBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0, false).toBigInt();
                else if (typeof message.timestamp === "number")
                    object.timestamp = options.longs === $String ? $String(message.timestamp) : message.timestamp;
                else
                    object.timestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.timestamp) : options.longs === $Number ? new $util.LongBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0).toNumber() : message.timestamp;
            return object;
        };

        FileActionSymlink.prototype.toJSON = function() {
            return FileActionSymlink.toObject(this, $protobuf.util.toJSONOptions);
        };

        return FileActionSymlink;
    })();

    pb.ChownOpt = (function() {

        const ChownOpt = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ChownOpt.prototype.user = null;
        ChownOpt.prototype.group = null;

        ChownOpt.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                $root.pb.UserOpt.encode(message.user, writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.group != null && $Object.hasOwnProperty.call(message, "group"))
                $root.pb.UserOpt.encode(message.group, writer.uint32(18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ChownOpt.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.ChownOpt();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.user = $root.pb.UserOpt.decode(reader, reader.size(), $undefined, _depth + 1, message.user);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.group = $root.pb.UserOpt.decode(reader, reader.size(), $undefined, _depth + 1, message.group);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ChownOpt.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.ChownOpt)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.ChownOpt: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.ChownOpt();
            if (object.user != null) {
                if (!$util.isObject(object.user))
                    throw $TypeError(".pb.ChownOpt.user: object expected");
                message.user = $root.pb.UserOpt.fromObject(object.user, _depth + 1);
            }
            if (object.group != null) {
                if (!$util.isObject(object.group))
                    throw $TypeError(".pb.ChownOpt.group: object expected");
                message.group = $root.pb.UserOpt.fromObject(object.group, _depth + 1);
            }
            return message;
        };

        ChownOpt.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.user = null;
                object.group = null;
            }
            if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                object.user = $root.pb.UserOpt.toObject(message.user, options, _depth + 1);
            if (message.group != null && $Object.hasOwnProperty.call(message, "group"))
                object.group = $root.pb.UserOpt.toObject(message.group, options, _depth + 1);
            return object;
        };

        ChownOpt.prototype.toJSON = function() {
            return ChownOpt.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ChownOpt;
    })();

    pb.UserOpt = (function() {

        const UserOpt = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        UserOpt.prototype.byName = null;
        UserOpt.prototype.byID = null;

        let $oneOfFields;

        $Object.defineProperty(UserOpt.prototype, "user", {
            get: $util.oneOfGetter($oneOfFields = ["byName", "byID"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        UserOpt.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.byName != null && $Object.hasOwnProperty.call(message, "byName"))
                $root.pb.NamedUserOpt.encode(message.byName, writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.byID != null && $Object.hasOwnProperty.call(message, "byID"))
                writer.uint32(16).uint32(message.byID);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        UserOpt.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.UserOpt();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.byName = $root.pb.NamedUserOpt.decode(reader, reader.size(), $undefined, _depth + 1, message.byName);
                        message.user = "byName";
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        message.byID = reader.uint32();
                        message.user = "byID";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        UserOpt.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.UserOpt)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.UserOpt: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.UserOpt();
            if (object.byName != null) {
                if (!$util.isObject(object.byName))
                    throw $TypeError(".pb.UserOpt.byName: object expected");
                message.byName = $root.pb.NamedUserOpt.fromObject(object.byName, _depth + 1);
            }
            if (object.byID != null)
                message.byID = object.byID >>> 0;
            return message;
        };

        UserOpt.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (message.byName != null && $Object.hasOwnProperty.call(message, "byName")) {
                object.byName = $root.pb.NamedUserOpt.toObject(message.byName, options, _depth + 1);
                if (options.oneofs)
                    object.user = "byName";
            }
            if (message.byID != null && $Object.hasOwnProperty.call(message, "byID")) {
                object.byID = message.byID;
                if (options.oneofs)
                    object.user = "byID";
            }
            return object;
        };

        UserOpt.prototype.toJSON = function() {
            return UserOpt.toObject(this, $protobuf.util.toJSONOptions);
        };

        return UserOpt;
    })();

    pb.NamedUserOpt = (function() {

        const NamedUserOpt = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        NamedUserOpt.prototype.name = "";
        NamedUserOpt.prototype.input = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        NamedUserOpt.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(10).string(message.name);
            if (message.input != null && $Object.hasOwnProperty.call(message, "input") && (typeof message.input === "object" ? message.input.low || message.input.high : message.input !== 0))
                writer.uint32(16).int64(message.input);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        NamedUserOpt.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.NamedUserOpt();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.input = value;
                        else
                            delete message.input;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        NamedUserOpt.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.NamedUserOpt)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.NamedUserOpt: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.NamedUserOpt();
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.input != null)
                if (typeof object.input === "object" ? object.input.low || object.input.high : $Number(object.input) !== 0)
                    if ($util.Long)
                        message.input = $util.Long.fromValue(object.input, false);
                    else if (typeof object.input === "string")
                        message.input = $parseInt(object.input, 10);
                    else if (typeof object.input === "number")
                        message.input = object.input;
                    else if (typeof object.input === "object")
                        message.input = new $util.LongBits(object.input.low >>> 0, object.input.high >>> 0).toNumber();
            return message;
        };

        NamedUserOpt.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.name = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.input = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.input = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.input != null && $Object.hasOwnProperty.call(message, "input"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.input = typeof message.input === "number" ? $BigInt(message.input) : $util.Long.fromBits(message.input.low >>> 0, message.input.high >>> 0, false).toBigInt();
                else if (typeof message.input === "number")
                    object.input = options.longs === $String ? $String(message.input) : message.input;
                else
                    object.input = options.longs === $String ? $util.Long.prototype.toString.call(message.input) : options.longs === $Number ? new $util.LongBits(message.input.low >>> 0, message.input.high >>> 0).toNumber() : message.input;
            return object;
        };

        NamedUserOpt.prototype.toJSON = function() {
            return NamedUserOpt.toObject(this, $protobuf.util.toJSONOptions);
        };

        return NamedUserOpt;
    })();

    pb.MergeOp = (function() {

        const MergeOp = function (properties) {
            this.inputs = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        MergeOp.prototype.inputs = $util.emptyArray;

        MergeOp.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.inputs != null && message.inputs.length)
                for (let i = 0; i < message.inputs.length; ++i)
                    $root.pb.MergeInput.encode(message.inputs[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        MergeOp.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.MergeOp();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.inputs && message.inputs.length))
                            message.inputs = [];
                        message.inputs.push($root.pb.MergeInput.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        MergeOp.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.MergeOp)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.MergeOp: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.MergeOp();
            if (object.inputs) {
                if (!$Array.isArray(object.inputs))
                    throw $TypeError(".pb.MergeOp.inputs: array expected");
                message.inputs = $Array(object.inputs.length);
                for (let i = 0; i < object.inputs.length; ++i) {
                    if (!$util.isObject(object.inputs[i]))
                        throw $TypeError(".pb.MergeOp.inputs: object expected");
                    message.inputs[i] = $root.pb.MergeInput.fromObject(object.inputs[i], _depth + 1);
                }
            }
            return message;
        };

        MergeOp.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.inputs = [];
            if (message.inputs && message.inputs.length) {
                object.inputs = $Array(message.inputs.length);
                for (let j = 0; j < message.inputs.length; ++j)
                    object.inputs[j] = $root.pb.MergeInput.toObject(message.inputs[j], options, _depth + 1);
            }
            return object;
        };

        MergeOp.prototype.toJSON = function() {
            return MergeOp.toObject(this, $protobuf.util.toJSONOptions);
        };

        return MergeOp;
    })();

    pb.MergeInput = (function() {

        const MergeInput = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        MergeInput.prototype.input = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        MergeInput.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.input != null && $Object.hasOwnProperty.call(message, "input") && (typeof message.input === "object" ? message.input.low || message.input.high : message.input !== 0))
                writer.uint32(8).int64(message.input);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        MergeInput.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.MergeInput();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.input = value;
                        else
                            delete message.input;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        MergeInput.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.MergeInput)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.MergeInput: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.MergeInput();
            if (object.input != null)
                if (typeof object.input === "object" ? object.input.low || object.input.high : $Number(object.input) !== 0)
                    if ($util.Long)
                        message.input = $util.Long.fromValue(object.input, false);
                    else if (typeof object.input === "string")
                        message.input = $parseInt(object.input, 10);
                    else if (typeof object.input === "number")
                        message.input = object.input;
                    else if (typeof object.input === "object")
                        message.input = new $util.LongBits(object.input.low >>> 0, object.input.high >>> 0).toNumber();
            return message;
        };

        MergeInput.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.input = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.input = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            if (message.input != null && $Object.hasOwnProperty.call(message, "input"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.input = typeof message.input === "number" ? $BigInt(message.input) : $util.Long.fromBits(message.input.low >>> 0, message.input.high >>> 0, false).toBigInt();
                else if (typeof message.input === "number")
                    object.input = options.longs === $String ? $String(message.input) : message.input;
                else
                    object.input = options.longs === $String ? $util.Long.prototype.toString.call(message.input) : options.longs === $Number ? new $util.LongBits(message.input.low >>> 0, message.input.high >>> 0).toNumber() : message.input;
            return object;
        };

        MergeInput.prototype.toJSON = function() {
            return MergeInput.toObject(this, $protobuf.util.toJSONOptions);
        };

        return MergeInput;
    })();

    pb.DiffOp = (function() {

        const DiffOp = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        DiffOp.prototype.lower = null;
        DiffOp.prototype.upper = null;

        DiffOp.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.lower != null && $Object.hasOwnProperty.call(message, "lower"))
                $root.pb.LowerDiffInput.encode(message.lower, writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.upper != null && $Object.hasOwnProperty.call(message, "upper"))
                $root.pb.UpperDiffInput.encode(message.upper, writer.uint32(18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        DiffOp.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.DiffOp();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.lower = $root.pb.LowerDiffInput.decode(reader, reader.size(), $undefined, _depth + 1, message.lower);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.upper = $root.pb.UpperDiffInput.decode(reader, reader.size(), $undefined, _depth + 1, message.upper);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        DiffOp.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.DiffOp)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.DiffOp: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.DiffOp();
            if (object.lower != null) {
                if (!$util.isObject(object.lower))
                    throw $TypeError(".pb.DiffOp.lower: object expected");
                message.lower = $root.pb.LowerDiffInput.fromObject(object.lower, _depth + 1);
            }
            if (object.upper != null) {
                if (!$util.isObject(object.upper))
                    throw $TypeError(".pb.DiffOp.upper: object expected");
                message.upper = $root.pb.UpperDiffInput.fromObject(object.upper, _depth + 1);
            }
            return message;
        };

        DiffOp.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.lower = null;
                object.upper = null;
            }
            if (message.lower != null && $Object.hasOwnProperty.call(message, "lower"))
                object.lower = $root.pb.LowerDiffInput.toObject(message.lower, options, _depth + 1);
            if (message.upper != null && $Object.hasOwnProperty.call(message, "upper"))
                object.upper = $root.pb.UpperDiffInput.toObject(message.upper, options, _depth + 1);
            return object;
        };

        DiffOp.prototype.toJSON = function() {
            return DiffOp.toObject(this, $protobuf.util.toJSONOptions);
        };

        return DiffOp;
    })();

    pb.LowerDiffInput = (function() {

        const LowerDiffInput = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        LowerDiffInput.prototype.input = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        LowerDiffInput.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.input != null && $Object.hasOwnProperty.call(message, "input") && (typeof message.input === "object" ? message.input.low || message.input.high : message.input !== 0))
                writer.uint32(8).int64(message.input);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        LowerDiffInput.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.LowerDiffInput();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.input = value;
                        else
                            delete message.input;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        LowerDiffInput.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.LowerDiffInput)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.LowerDiffInput: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.LowerDiffInput();
            if (object.input != null)
                if (typeof object.input === "object" ? object.input.low || object.input.high : $Number(object.input) !== 0)
                    if ($util.Long)
                        message.input = $util.Long.fromValue(object.input, false);
                    else if (typeof object.input === "string")
                        message.input = $parseInt(object.input, 10);
                    else if (typeof object.input === "number")
                        message.input = object.input;
                    else if (typeof object.input === "object")
                        message.input = new $util.LongBits(object.input.low >>> 0, object.input.high >>> 0).toNumber();
            return message;
        };

        LowerDiffInput.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.input = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.input = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            if (message.input != null && $Object.hasOwnProperty.call(message, "input"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.input = typeof message.input === "number" ? $BigInt(message.input) : $util.Long.fromBits(message.input.low >>> 0, message.input.high >>> 0, false).toBigInt();
                else if (typeof message.input === "number")
                    object.input = options.longs === $String ? $String(message.input) : message.input;
                else
                    object.input = options.longs === $String ? $util.Long.prototype.toString.call(message.input) : options.longs === $Number ? new $util.LongBits(message.input.low >>> 0, message.input.high >>> 0).toNumber() : message.input;
            return object;
        };

        LowerDiffInput.prototype.toJSON = function() {
            return LowerDiffInput.toObject(this, $protobuf.util.toJSONOptions);
        };

        return LowerDiffInput;
    })();

    pb.UpperDiffInput = (function() {

        const UpperDiffInput = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        UpperDiffInput.prototype.input = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        UpperDiffInput.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.input != null && $Object.hasOwnProperty.call(message, "input") && (typeof message.input === "object" ? message.input.low || message.input.high : message.input !== 0))
                writer.uint32(8).int64(message.input);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        UpperDiffInput.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.UpperDiffInput();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.input = value;
                        else
                            delete message.input;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        UpperDiffInput.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.UpperDiffInput)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.UpperDiffInput: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.UpperDiffInput();
            if (object.input != null)
                if (typeof object.input === "object" ? object.input.low || object.input.high : $Number(object.input) !== 0)
                    if ($util.Long)
                        message.input = $util.Long.fromValue(object.input, false);
                    else if (typeof object.input === "string")
                        message.input = $parseInt(object.input, 10);
                    else if (typeof object.input === "number")
                        message.input = object.input;
                    else if (typeof object.input === "object")
                        message.input = new $util.LongBits(object.input.low >>> 0, object.input.high >>> 0).toNumber();
            return message;
        };

        UpperDiffInput.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.input = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.input = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            if (message.input != null && $Object.hasOwnProperty.call(message, "input"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.input = typeof message.input === "number" ? $BigInt(message.input) : $util.Long.fromBits(message.input.low >>> 0, message.input.high >>> 0, false).toBigInt();
                else if (typeof message.input === "number")
                    object.input = options.longs === $String ? $String(message.input) : message.input;
                else
                    object.input = options.longs === $String ? $util.Long.prototype.toString.call(message.input) : options.longs === $Number ? new $util.LongBits(message.input.low >>> 0, message.input.high >>> 0).toNumber() : message.input;
            return object;
        };

        UpperDiffInput.prototype.toJSON = function() {
            return UpperDiffInput.toObject(this, $protobuf.util.toJSONOptions);
        };

        return UpperDiffInput;
    })();

    pb.Definition = (function() {

        const Definition = function (properties) {
            this.def = [];
            this.metadata = {};
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Definition.prototype.def = $util.emptyArray;
        Definition.prototype.metadata = $util.emptyObject;
        Definition.prototype.Source = null;

        Definition.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.def != null && message.def.length)
                for (let i = 0; i < message.def.length; ++i)
                    writer.uint32(10).bytes(message.def[i]);
            if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                for (let keys = $Object.keys(message.metadata), i = 0; i < keys.length; ++i) {
                    writer.uint32(18).fork().uint32(10).string(keys[i]);
                    $root.pb.OpMetadata.encode(message.metadata[keys[i]], writer.uint32(18).fork(), _depth + 1).ldelim().ldelim();
                }
            if (message.Source != null && $Object.hasOwnProperty.call(message, "Source"))
                $root.pb.Source.encode(message.Source, writer.uint32(26).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Definition.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, key, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.Definition();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.def && message.def.length))
                            message.def = [];
                        message.def.push(reader.bytes());
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (message.metadata === $util.emptyObject)
                            message.metadata = {};
                        let end2 = reader.size() + reader.pos;
                        if (end2 > reader.len)
                            throw $RangeError("index out of range");
                        reader.len = end2;
                        key = "";
                        value = null;
                        while (reader.pos < end2) {
                            let tag2 = reader.tag();
                            wireType = tag2 & 7;
                            switch (tag2 >>>= 3) {
                            case 1:
                                if (wireType !== 2)
                                    break;
                                key = reader.stringVerify();
                                continue;
                            case 2:
                                if (wireType !== 2)
                                    break;
                                value = $root.pb.OpMetadata.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                continue;
                            }
                            reader.skipType(wireType, _depth, tag2);
                        }
                        if (reader.pos !== end2)
                            throw $RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.metadata, key);
                        message.metadata[key] = value || new $root.pb.OpMetadata();
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.Source = $root.pb.Source.decode(reader, reader.size(), $undefined, _depth + 1, message.Source);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        Definition.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.Definition)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.Definition: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.Definition();
            if (object.def) {
                if (!$Array.isArray(object.def))
                    throw $TypeError(".pb.Definition.def: array expected");
                message.def = $Array(object.def.length);
                for (let i = 0; i < object.def.length; ++i)
                    if (typeof object.def[i] === "string")
                        $util.base64.decode(object.def[i], message.def[i] = $util.newBuffer($util.base64.length(object.def[i])), 0);
                    else if (object.def[i].length >= 0)
                        message.def[i] = object.def[i];
            }
            if (object.metadata) {
                if (!$util.isObject(object.metadata))
                    throw $TypeError(".pb.Definition.metadata: object expected");
                message.metadata = {};
                for (let keys = $Object.keys(object.metadata), i = 0; i < keys.length; ++i) {
                    if (keys[i] === "__proto__")
                        $util.makeProp(message.metadata, keys[i]);
                    if (!$util.isObject(object.metadata[keys[i]]))
                        throw $TypeError(".pb.Definition.metadata: object expected");
                    message.metadata[keys[i]] = $root.pb.OpMetadata.fromObject(object.metadata[keys[i]], _depth + 1);
                }
            }
            if (object.Source != null) {
                if (!$util.isObject(object.Source))
                    throw $TypeError(".pb.Definition.Source: object expected");
                message.Source = $root.pb.Source.fromObject(object.Source, _depth + 1);
            }
            return message;
        };

        Definition.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.def = [];
            if (options.objects || options.defaults)
                object.metadata = {};
            if (options.defaults)
                object.Source = null;
            if (message.def && message.def.length) {
                object.def = $Array(message.def.length);
                for (let j = 0; j < message.def.length; ++j)
                    object.def[j] = options.bytes === $String ? $util.base64.encode(message.def[j], 0, message.def[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.def[j]) : message.def[j];
            }
            let keys2;
            if (message.metadata && (keys2 = $Object.keys(message.metadata)).length) {
                object.metadata = {};
                for (let j = 0; j < keys2.length; ++j) {
                    if (keys2[j] === "__proto__")
                        $util.makeProp(object.metadata, keys2[j]);
                    object.metadata[keys2[j]] = $root.pb.OpMetadata.toObject(message.metadata[keys2[j]], options, _depth + 1);
                }
            }
            if (message.Source != null && $Object.hasOwnProperty.call(message, "Source"))
                object.Source = $root.pb.Source.toObject(message.Source, options, _depth + 1);
            return object;
        };

        Definition.prototype.toJSON = function() {
            return Definition.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Definition;
    })();

    pb.OpMetadata = (function() {

        const OpMetadata = function (properties) {
            this.description = {};
            this.caps = {};
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        OpMetadata.prototype.ignore_cache = false;
        OpMetadata.prototype.description = $util.emptyObject;
        OpMetadata.prototype.export_cache = null;
        OpMetadata.prototype.caps = $util.emptyObject;
        OpMetadata.prototype.progress_group = null;

        OpMetadata.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.ignore_cache != null && $Object.hasOwnProperty.call(message, "ignore_cache") && message.ignore_cache !== false)
                writer.uint32(8).bool(message.ignore_cache);
            if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                for (let keys = $Object.keys(message.description), i = 0; i < keys.length; ++i)
                    writer.uint32(18).fork().uint32(10).string(keys[i]).uint32(18).string(message.description[keys[i]]).ldelim();
            if (message.export_cache != null && $Object.hasOwnProperty.call(message, "export_cache"))
                $root.pb.ExportCache.encode(message.export_cache, writer.uint32(34).fork(), _depth + 1).ldelim();
            if (message.caps != null && $Object.hasOwnProperty.call(message, "caps"))
                for (let keys = $Object.keys(message.caps), i = 0; i < keys.length; ++i)
                    writer.uint32(42).fork().uint32(10).string(keys[i]).uint32(16).bool(message.caps[keys[i]]).ldelim();
            if (message.progress_group != null && $Object.hasOwnProperty.call(message, "progress_group"))
                $root.pb.ProgressGroup.encode(message.progress_group, writer.uint32(50).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        OpMetadata.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, key, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.OpMetadata();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.ignore_cache = value;
                        else
                            delete message.ignore_cache;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (message.description === $util.emptyObject)
                            message.description = {};
                        let end2 = reader.size() + reader.pos;
                        if (end2 > reader.len)
                            throw $RangeError("index out of range");
                        reader.len = end2;
                        key = "";
                        value = "";
                        while (reader.pos < end2) {
                            let tag2 = reader.tag();
                            wireType = tag2 & 7;
                            switch (tag2 >>>= 3) {
                            case 1:
                                if (wireType !== 2)
                                    break;
                                key = reader.stringVerify();
                                continue;
                            case 2:
                                if (wireType !== 2)
                                    break;
                                value = reader.stringVerify();
                                continue;
                            }
                            reader.skipType(wireType, _depth, tag2);
                        }
                        if (reader.pos !== end2)
                            throw $RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.description, key);
                        message.description[key] = value;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.export_cache = $root.pb.ExportCache.decode(reader, reader.size(), $undefined, _depth + 1, message.export_cache);
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if (message.caps === $util.emptyObject)
                            message.caps = {};
                        let end2 = reader.size() + reader.pos;
                        if (end2 > reader.len)
                            throw $RangeError("index out of range");
                        reader.len = end2;
                        key = "";
                        value = false;
                        while (reader.pos < end2) {
                            let tag2 = reader.tag();
                            wireType = tag2 & 7;
                            switch (tag2 >>>= 3) {
                            case 1:
                                if (wireType !== 2)
                                    break;
                                key = reader.stringVerify();
                                continue;
                            case 2:
                                if (wireType !== 0)
                                    break;
                                value = reader.bool();
                                continue;
                            }
                            reader.skipType(wireType, _depth, tag2);
                        }
                        if (reader.pos !== end2)
                            throw $RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.caps, key);
                        message.caps[key] = value;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.progress_group = $root.pb.ProgressGroup.decode(reader, reader.size(), $undefined, _depth + 1, message.progress_group);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        OpMetadata.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.OpMetadata)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.OpMetadata: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.OpMetadata();
            if (object.ignore_cache != null)
                if (object.ignore_cache)
                    message.ignore_cache = $Boolean(object.ignore_cache);
            if (object.description) {
                if (!$util.isObject(object.description))
                    throw $TypeError(".pb.OpMetadata.description: object expected");
                message.description = {};
                for (let keys = $Object.keys(object.description), i = 0; i < keys.length; ++i) {
                    if (keys[i] === "__proto__")
                        $util.makeProp(message.description, keys[i]);
                    message.description[keys[i]] = $String(object.description[keys[i]]);
                }
            }
            if (object.export_cache != null) {
                if (!$util.isObject(object.export_cache))
                    throw $TypeError(".pb.OpMetadata.export_cache: object expected");
                message.export_cache = $root.pb.ExportCache.fromObject(object.export_cache, _depth + 1);
            }
            if (object.caps) {
                if (!$util.isObject(object.caps))
                    throw $TypeError(".pb.OpMetadata.caps: object expected");
                message.caps = {};
                for (let keys = $Object.keys(object.caps), i = 0; i < keys.length; ++i) {
                    if (keys[i] === "__proto__")
                        $util.makeProp(message.caps, keys[i]);
                    message.caps[keys[i]] = $Boolean(object.caps[keys[i]]);
                }
            }
            if (object.progress_group != null) {
                if (!$util.isObject(object.progress_group))
                    throw $TypeError(".pb.OpMetadata.progress_group: object expected");
                message.progress_group = $root.pb.ProgressGroup.fromObject(object.progress_group, _depth + 1);
            }
            return message;
        };

        OpMetadata.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.objects || options.defaults) {
                object.description = {};
                object.caps = {};
            }
            if (options.defaults) {
                object.ignore_cache = false;
                object.export_cache = null;
                object.progress_group = null;
            }
            if (message.ignore_cache != null && $Object.hasOwnProperty.call(message, "ignore_cache"))
                object.ignore_cache = message.ignore_cache;
            let keys2;
            if (message.description && (keys2 = $Object.keys(message.description)).length) {
                object.description = {};
                for (let j = 0; j < keys2.length; ++j) {
                    if (keys2[j] === "__proto__")
                        $util.makeProp(object.description, keys2[j]);
                    object.description[keys2[j]] = message.description[keys2[j]];
                }
            }
            if (message.export_cache != null && $Object.hasOwnProperty.call(message, "export_cache"))
                object.export_cache = $root.pb.ExportCache.toObject(message.export_cache, options, _depth + 1);
            if (message.caps && (keys2 = $Object.keys(message.caps)).length) {
                object.caps = {};
                for (let j = 0; j < keys2.length; ++j) {
                    if (keys2[j] === "__proto__")
                        $util.makeProp(object.caps, keys2[j]);
                    object.caps[keys2[j]] = message.caps[keys2[j]];
                }
            }
            if (message.progress_group != null && $Object.hasOwnProperty.call(message, "progress_group"))
                object.progress_group = $root.pb.ProgressGroup.toObject(message.progress_group, options, _depth + 1);
            return object;
        };

        OpMetadata.prototype.toJSON = function() {
            return OpMetadata.toObject(this, $protobuf.util.toJSONOptions);
        };

        return OpMetadata;
    })();

    pb.ExportCache = (function() {

        const ExportCache = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ExportCache.prototype.Value = false;

        ExportCache.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.Value != null && $Object.hasOwnProperty.call(message, "Value") && message.Value !== false)
                writer.uint32(8).bool(message.Value);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ExportCache.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.ExportCache();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.Value = value;
                        else
                            delete message.Value;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ExportCache.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.ExportCache)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.ExportCache: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.ExportCache();
            if (object.Value != null)
                if (object.Value)
                    message.Value = $Boolean(object.Value);
            return message;
        };

        ExportCache.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.Value = false;
            if (message.Value != null && $Object.hasOwnProperty.call(message, "Value"))
                object.Value = message.Value;
            return object;
        };

        ExportCache.prototype.toJSON = function() {
            return ExportCache.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ExportCache;
    })();

    pb.ProgressGroup = (function() {

        const ProgressGroup = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ProgressGroup.prototype.id = "";
        ProgressGroup.prototype.name = "";
        ProgressGroup.prototype.weak = false;

        ProgressGroup.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                writer.uint32(10).string(message.id);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(18).string(message.name);
            if (message.weak != null && $Object.hasOwnProperty.call(message, "weak") && message.weak !== false)
                writer.uint32(24).bool(message.weak);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ProgressGroup.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.ProgressGroup();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.id = value;
                        else
                            delete message.id;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.weak = value;
                        else
                            delete message.weak;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ProgressGroup.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.ProgressGroup)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.ProgressGroup: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.ProgressGroup();
            if (object.id != null)
                if (typeof object.id !== "string" || object.id.length)
                    message.id = $String(object.id);
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.weak != null)
                if (object.weak)
                    message.weak = $Boolean(object.weak);
            return message;
        };

        ProgressGroup.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.id = "";
                object.name = "";
                object.weak = false;
            }
            if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                object.id = message.id;
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.weak != null && $Object.hasOwnProperty.call(message, "weak"))
                object.weak = message.weak;
            return object;
        };

        ProgressGroup.prototype.toJSON = function() {
            return ProgressGroup.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ProgressGroup;
    })();

    pb.Source = (function() {

        const Source = function (properties) {
            this.locations = {};
            this.infos = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Source.prototype.locations = $util.emptyObject;
        Source.prototype.infos = $util.emptyArray;

        Source.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.locations != null && $Object.hasOwnProperty.call(message, "locations"))
                for (let keys = $Object.keys(message.locations), i = 0; i < keys.length; ++i) {
                    writer.uint32(10).fork().uint32(10).string(keys[i]);
                    $root.pb.Locations.encode(message.locations[keys[i]], writer.uint32(18).fork(), _depth + 1).ldelim().ldelim();
                }
            if (message.infos != null && message.infos.length)
                for (let i = 0; i < message.infos.length; ++i)
                    $root.pb.SourceInfo.encode(message.infos[i], writer.uint32(18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Source.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, key, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.Source();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (message.locations === $util.emptyObject)
                            message.locations = {};
                        let end2 = reader.size() + reader.pos;
                        if (end2 > reader.len)
                            throw $RangeError("index out of range");
                        reader.len = end2;
                        key = "";
                        value = null;
                        while (reader.pos < end2) {
                            let tag2 = reader.tag();
                            wireType = tag2 & 7;
                            switch (tag2 >>>= 3) {
                            case 1:
                                if (wireType !== 2)
                                    break;
                                key = reader.stringVerify();
                                continue;
                            case 2:
                                if (wireType !== 2)
                                    break;
                                value = $root.pb.Locations.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                continue;
                            }
                            reader.skipType(wireType, _depth, tag2);
                        }
                        if (reader.pos !== end2)
                            throw $RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.locations, key);
                        message.locations[key] = value || new $root.pb.Locations();
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.infos && message.infos.length))
                            message.infos = [];
                        message.infos.push($root.pb.SourceInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        Source.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.Source)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.Source: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.Source();
            if (object.locations) {
                if (!$util.isObject(object.locations))
                    throw $TypeError(".pb.Source.locations: object expected");
                message.locations = {};
                for (let keys = $Object.keys(object.locations), i = 0; i < keys.length; ++i) {
                    if (keys[i] === "__proto__")
                        $util.makeProp(message.locations, keys[i]);
                    if (!$util.isObject(object.locations[keys[i]]))
                        throw $TypeError(".pb.Source.locations: object expected");
                    message.locations[keys[i]] = $root.pb.Locations.fromObject(object.locations[keys[i]], _depth + 1);
                }
            }
            if (object.infos) {
                if (!$Array.isArray(object.infos))
                    throw $TypeError(".pb.Source.infos: array expected");
                message.infos = $Array(object.infos.length);
                for (let i = 0; i < object.infos.length; ++i) {
                    if (!$util.isObject(object.infos[i]))
                        throw $TypeError(".pb.Source.infos: object expected");
                    message.infos[i] = $root.pb.SourceInfo.fromObject(object.infos[i], _depth + 1);
                }
            }
            return message;
        };

        Source.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.infos = [];
            if (options.objects || options.defaults)
                object.locations = {};
            let keys2;
            if (message.locations && (keys2 = $Object.keys(message.locations)).length) {
                object.locations = {};
                for (let j = 0; j < keys2.length; ++j) {
                    if (keys2[j] === "__proto__")
                        $util.makeProp(object.locations, keys2[j]);
                    object.locations[keys2[j]] = $root.pb.Locations.toObject(message.locations[keys2[j]], options, _depth + 1);
                }
            }
            if (message.infos && message.infos.length) {
                object.infos = $Array(message.infos.length);
                for (let j = 0; j < message.infos.length; ++j)
                    object.infos[j] = $root.pb.SourceInfo.toObject(message.infos[j], options, _depth + 1);
            }
            return object;
        };

        Source.prototype.toJSON = function() {
            return Source.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Source;
    })();

    pb.Locations = (function() {

        const Locations = function (properties) {
            this.locations = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Locations.prototype.locations = $util.emptyArray;

        Locations.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.locations != null && message.locations.length)
                for (let i = 0; i < message.locations.length; ++i)
                    $root.pb.Location.encode(message.locations[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Locations.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.Locations();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.locations && message.locations.length))
                            message.locations = [];
                        message.locations.push($root.pb.Location.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        Locations.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.Locations)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.Locations: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.Locations();
            if (object.locations) {
                if (!$Array.isArray(object.locations))
                    throw $TypeError(".pb.Locations.locations: array expected");
                message.locations = $Array(object.locations.length);
                for (let i = 0; i < object.locations.length; ++i) {
                    if (!$util.isObject(object.locations[i]))
                        throw $TypeError(".pb.Locations.locations: object expected");
                    message.locations[i] = $root.pb.Location.fromObject(object.locations[i], _depth + 1);
                }
            }
            return message;
        };

        Locations.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.locations = [];
            if (message.locations && message.locations.length) {
                object.locations = $Array(message.locations.length);
                for (let j = 0; j < message.locations.length; ++j)
                    object.locations[j] = $root.pb.Location.toObject(message.locations[j], options, _depth + 1);
            }
            return object;
        };

        Locations.prototype.toJSON = function() {
            return Locations.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Locations;
    })();

    pb.SourceInfo = (function() {

        const SourceInfo = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        SourceInfo.prototype.filename = "";
        SourceInfo.prototype.data = $util.newBuffer([]);
        SourceInfo.prototype.definition = null;
        SourceInfo.prototype.language = "";

        SourceInfo.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.filename != null && $Object.hasOwnProperty.call(message, "filename") && message.filename !== "")
                writer.uint32(10).string(message.filename);
            if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                writer.uint32(18).bytes(message.data);
            if (message.definition != null && $Object.hasOwnProperty.call(message, "definition"))
                $root.pb.Definition.encode(message.definition, writer.uint32(26).fork(), _depth + 1).ldelim();
            if (message.language != null && $Object.hasOwnProperty.call(message, "language") && message.language !== "")
                writer.uint32(34).string(message.language);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        SourceInfo.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.SourceInfo();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.filename = value;
                        else
                            delete message.filename;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.data = value;
                        else
                            delete message.data;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.definition = $root.pb.Definition.decode(reader, reader.size(), $undefined, _depth + 1, message.definition);
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.language = value;
                        else
                            delete message.language;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        SourceInfo.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.SourceInfo)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.SourceInfo: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.SourceInfo();
            if (object.filename != null)
                if (typeof object.filename !== "string" || object.filename.length)
                    message.filename = $String(object.filename);
            if (object.data != null)
                if (object.data.length)
                    if (typeof object.data === "string")
                        $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                    else if (object.data.length >= 0)
                        message.data = object.data;
            if (object.definition != null) {
                if (!$util.isObject(object.definition))
                    throw $TypeError(".pb.SourceInfo.definition: object expected");
                message.definition = $root.pb.Definition.fromObject(object.definition, _depth + 1);
            }
            if (object.language != null)
                if (typeof object.language !== "string" || object.language.length)
                    message.language = $String(object.language);
            return message;
        };

        SourceInfo.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.filename = "";
                if (options.bytes === $String)
                    object.data = "";
                else {
                    object.data = [];
                    if (options.bytes !== $Array)
                        object.data = $util.newBuffer(object.data);
                }
                object.definition = null;
                object.language = "";
            }
            if (message.filename != null && $Object.hasOwnProperty.call(message, "filename"))
                object.filename = message.filename;
            if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
            if (message.definition != null && $Object.hasOwnProperty.call(message, "definition"))
                object.definition = $root.pb.Definition.toObject(message.definition, options, _depth + 1);
            if (message.language != null && $Object.hasOwnProperty.call(message, "language"))
                object.language = message.language;
            return object;
        };

        SourceInfo.prototype.toJSON = function() {
            return SourceInfo.toObject(this, $protobuf.util.toJSONOptions);
        };

        return SourceInfo;
    })();

    pb.Location = (function() {

        const Location = function (properties) {
            this.ranges = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Location.prototype.sourceIndex = 0;
        Location.prototype.ranges = $util.emptyArray;

        Location.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.sourceIndex != null && $Object.hasOwnProperty.call(message, "sourceIndex") && message.sourceIndex !== 0)
                writer.uint32(8).int32(message.sourceIndex);
            if (message.ranges != null && message.ranges.length)
                for (let i = 0; i < message.ranges.length; ++i)
                    $root.pb.Range.encode(message.ranges[i], writer.uint32(18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Location.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.Location();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.sourceIndex = value;
                        else
                            delete message.sourceIndex;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.ranges && message.ranges.length))
                            message.ranges = [];
                        message.ranges.push($root.pb.Range.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        Location.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.Location)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.Location: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.Location();
            if (object.sourceIndex != null)
                if ($Number(object.sourceIndex) !== 0)
                    message.sourceIndex = object.sourceIndex | 0;
            if (object.ranges) {
                if (!$Array.isArray(object.ranges))
                    throw $TypeError(".pb.Location.ranges: array expected");
                message.ranges = $Array(object.ranges.length);
                for (let i = 0; i < object.ranges.length; ++i) {
                    if (!$util.isObject(object.ranges[i]))
                        throw $TypeError(".pb.Location.ranges: object expected");
                    message.ranges[i] = $root.pb.Range.fromObject(object.ranges[i], _depth + 1);
                }
            }
            return message;
        };

        Location.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.ranges = [];
            if (options.defaults)
                object.sourceIndex = 0;
            if (message.sourceIndex != null && $Object.hasOwnProperty.call(message, "sourceIndex"))
                object.sourceIndex = message.sourceIndex;
            if (message.ranges && message.ranges.length) {
                object.ranges = $Array(message.ranges.length);
                for (let j = 0; j < message.ranges.length; ++j)
                    object.ranges[j] = $root.pb.Range.toObject(message.ranges[j], options, _depth + 1);
            }
            return object;
        };

        Location.prototype.toJSON = function() {
            return Location.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Location;
    })();

    pb.Range = (function() {

        const Range = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Range.prototype.start = null;
        Range.prototype.end = null;

        Range.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                $root.pb.Position.encode(message.start, writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                $root.pb.Position.encode(message.end, writer.uint32(18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Range.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.Range();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.start = $root.pb.Position.decode(reader, reader.size(), $undefined, _depth + 1, message.start);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.end = $root.pb.Position.decode(reader, reader.size(), $undefined, _depth + 1, message.end);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        Range.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.Range)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.Range: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.Range();
            if (object.start != null) {
                if (!$util.isObject(object.start))
                    throw $TypeError(".pb.Range.start: object expected");
                message.start = $root.pb.Position.fromObject(object.start, _depth + 1);
            }
            if (object.end != null) {
                if (!$util.isObject(object.end))
                    throw $TypeError(".pb.Range.end: object expected");
                message.end = $root.pb.Position.fromObject(object.end, _depth + 1);
            }
            return message;
        };

        Range.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.start = null;
                object.end = null;
            }
            if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                object.start = $root.pb.Position.toObject(message.start, options, _depth + 1);
            if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                object.end = $root.pb.Position.toObject(message.end, options, _depth + 1);
            return object;
        };

        Range.prototype.toJSON = function() {
            return Range.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Range;
    })();

    pb.Position = (function() {

        const Position = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Position.prototype.line = 0;
        Position.prototype.character = 0;

        Position.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.line != null && $Object.hasOwnProperty.call(message, "line") && message.line !== 0)
                writer.uint32(8).int32(message.line);
            if (message.character != null && $Object.hasOwnProperty.call(message, "character") && message.character !== 0)
                writer.uint32(16).int32(message.character);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Position.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.pb.Position();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.line = value;
                        else
                            delete message.line;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.character = value;
                        else
                            delete message.character;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        Position.fromObject = function (object, _depth) {
            if (object instanceof $root.pb.Position)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".pb.Position: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.pb.Position();
            if (object.line != null)
                if ($Number(object.line) !== 0)
                    message.line = object.line | 0;
            if (object.character != null)
                if ($Number(object.character) !== 0)
                    message.character = object.character | 0;
            return message;
        };

        Position.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.line = 0;
                object.character = 0;
            }
            if (message.line != null && $Object.hasOwnProperty.call(message, "line"))
                object.line = message.line;
            if (message.character != null && $Object.hasOwnProperty.call(message, "character"))
                object.character = message.character;
            return object;
        };

        Position.prototype.toJSON = function() {
            return Position.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Position;
    })();

    return pb;
})();

export const fsutil = $root.fsutil = (() => {

    const fsutil = {};

    fsutil.types = (function() {

        const types = {};

        types.Stat = (function() {

            const Stat = function (properties) {
                this.xattrs = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Stat.prototype.path = "";
            Stat.prototype.mode = 0;
            Stat.prototype.uid = 0;
            Stat.prototype.gid = 0;
            Stat.prototype.size = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Stat.prototype.modTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Stat.prototype.linkname = "";
            Stat.prototype.devmajor = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Stat.prototype.devminor = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Stat.prototype.xattrs = $util.emptyObject;

            Stat.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                    writer.uint32(10).string(message.path);
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== 0)
                    writer.uint32(16).uint32(message.mode);
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== 0)
                    writer.uint32(24).uint32(message.uid);
                if (message.gid != null && $Object.hasOwnProperty.call(message, "gid") && message.gid !== 0)
                    writer.uint32(32).uint32(message.gid);
                if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                    writer.uint32(40).int64(message.size);
                if (message.modTime != null && $Object.hasOwnProperty.call(message, "modTime") && (typeof message.modTime === "object" ? message.modTime.low || message.modTime.high : message.modTime !== 0))
                    writer.uint32(48).int64(message.modTime);
                if (message.linkname != null && $Object.hasOwnProperty.call(message, "linkname") && message.linkname !== "")
                    writer.uint32(58).string(message.linkname);
                if (message.devmajor != null && $Object.hasOwnProperty.call(message, "devmajor") && (typeof message.devmajor === "object" ? message.devmajor.low || message.devmajor.high : message.devmajor !== 0))
                    writer.uint32(64).int64(message.devmajor);
                if (message.devminor != null && $Object.hasOwnProperty.call(message, "devminor") && (typeof message.devminor === "object" ? message.devminor.low || message.devminor.high : message.devminor !== 0))
                    writer.uint32(72).int64(message.devminor);
                if (message.xattrs != null && $Object.hasOwnProperty.call(message, "xattrs"))
                    for (let keys = $Object.keys(message.xattrs), i = 0; i < keys.length; ++i)
                        writer.uint32(82).fork().uint32(10).string(keys[i]).uint32(18).bytes(message.xattrs[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Stat.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.fsutil.types.Stat();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.mode = value;
                            else
                                delete message.mode;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.uid = value;
                            else
                                delete message.uid;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.gid = value;
                            else
                                delete message.gid;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.size = value;
                            else
                                delete message.size;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.modTime = value;
                            else
                                delete message.modTime;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.linkname = value;
                            else
                                delete message.linkname;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.devmajor = value;
                            else
                                delete message.devmajor;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.devminor = value;
                            else
                                delete message.devminor;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (message.xattrs === $util.emptyObject)
                                message.xattrs = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = [];
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.bytes();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.xattrs, key);
                            message.xattrs[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Stat.fromObject = function (object, _depth) {
                if (object instanceof $root.fsutil.types.Stat)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".fsutil.types.Stat: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.fsutil.types.Stat();
                if (object.path != null)
                    if (typeof object.path !== "string" || object.path.length)
                        message.path = $String(object.path);
                if (object.mode != null)
                    if ($Number(object.mode) !== 0)
                        message.mode = object.mode >>> 0;
                if (object.uid != null)
                    if ($Number(object.uid) !== 0)
                        message.uid = object.uid >>> 0;
                if (object.gid != null)
                    if ($Number(object.gid) !== 0)
                        message.gid = object.gid >>> 0;
                if (object.size != null)
                    if (typeof object.size === "object" ? object.size.low || object.size.high : $Number(object.size) !== 0)
                        if ($util.Long)
                            message.size = $util.Long.fromValue(object.size, false);
                        else if (typeof object.size === "string")
                            message.size = $parseInt(object.size, 10);
                        else if (typeof object.size === "number")
                            message.size = object.size;
                        else if (typeof object.size === "object")
                            message.size = new $util.LongBits(object.size.low >>> 0, object.size.high >>> 0).toNumber();
                if (object.modTime != null)
                    if (typeof object.modTime === "object" ? object.modTime.low || object.modTime.high : $Number(object.modTime) !== 0)
                        if ($util.Long)
                            message.modTime = $util.Long.fromValue(object.modTime, false);
                        else if (typeof object.modTime === "string")
                            message.modTime = $parseInt(object.modTime, 10);
                        else if (typeof object.modTime === "number")
                            message.modTime = object.modTime;
                        else if (typeof object.modTime === "object")
                            message.modTime = new $util.LongBits(object.modTime.low >>> 0, object.modTime.high >>> 0).toNumber();
                if (object.linkname != null)
                    if (typeof object.linkname !== "string" || object.linkname.length)
                        message.linkname = $String(object.linkname);
                if (object.devmajor != null)
                    if (typeof object.devmajor === "object" ? object.devmajor.low || object.devmajor.high : $Number(object.devmajor) !== 0)
                        if ($util.Long)
                            message.devmajor = $util.Long.fromValue(object.devmajor, false);
                        else if (typeof object.devmajor === "string")
                            message.devmajor = $parseInt(object.devmajor, 10);
                        else if (typeof object.devmajor === "number")
                            message.devmajor = object.devmajor;
                        else if (typeof object.devmajor === "object")
                            message.devmajor = new $util.LongBits(object.devmajor.low >>> 0, object.devmajor.high >>> 0).toNumber();
                if (object.devminor != null)
                    if (typeof object.devminor === "object" ? object.devminor.low || object.devminor.high : $Number(object.devminor) !== 0)
                        if ($util.Long)
                            message.devminor = $util.Long.fromValue(object.devminor, false);
                        else if (typeof object.devminor === "string")
                            message.devminor = $parseInt(object.devminor, 10);
                        else if (typeof object.devminor === "number")
                            message.devminor = object.devminor;
                        else if (typeof object.devminor === "object")
                            message.devminor = new $util.LongBits(object.devminor.low >>> 0, object.devminor.high >>> 0).toNumber();
                if (object.xattrs) {
                    if (!$util.isObject(object.xattrs))
                        throw $TypeError(".fsutil.types.Stat.xattrs: object expected");
                    message.xattrs = {};
                    for (let keys = $Object.keys(object.xattrs), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.xattrs, keys[i]);
                        if (typeof object.xattrs[keys[i]] === "string")
                            $util.base64.decode(object.xattrs[keys[i]], message.xattrs[keys[i]] = $util.newBuffer($util.base64.length(object.xattrs[keys[i]])), 0);
                        else if (object.xattrs[keys[i]].length >= 0)
                            message.xattrs[keys[i]] = object.xattrs[keys[i]];
                    }
                }
                return message;
            };

            Stat.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.xattrs = {};
                if (options.defaults) {
                    object.path = "";
                    object.mode = 0;
                    object.uid = 0;
                    object.gid = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.size = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.size = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.modTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.modTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.linkname = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.devmajor = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.devmajor = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.devminor = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.devminor = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    object.path = message.path;
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    object.mode = message.mode;
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid"))
                    object.uid = message.uid;
                if (message.gid != null && $Object.hasOwnProperty.call(message, "gid"))
                    object.gid = message.gid;
                if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.size = typeof message.size === "number" ? $BigInt(message.size) : $util.Long.fromBits(message.size.low >>> 0, message.size.high >>> 0, false).toBigInt();
                    else if (typeof message.size === "number")
                        object.size = options.longs === $String ? $String(message.size) : message.size;
                    else
                        object.size = options.longs === $String ? $util.Long.prototype.toString.call(message.size) : options.longs === $Number ? new $util.LongBits(message.size.low >>> 0, message.size.high >>> 0).toNumber() : message.size;
                if (message.modTime != null && $Object.hasOwnProperty.call(message, "modTime"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.modTime = typeof message.modTime === "number" ? $BigInt(message.modTime) : $util.Long.fromBits(message.modTime.low >>> 0, message.modTime.high >>> 0, false).toBigInt();
                    else if (typeof message.modTime === "number")
                        object.modTime = options.longs === $String ? $String(message.modTime) : message.modTime;
                    else
                        object.modTime = options.longs === $String ? $util.Long.prototype.toString.call(message.modTime) : options.longs === $Number ? new $util.LongBits(message.modTime.low >>> 0, message.modTime.high >>> 0).toNumber() : message.modTime;
                if (message.linkname != null && $Object.hasOwnProperty.call(message, "linkname"))
                    object.linkname = message.linkname;
                if (message.devmajor != null && $Object.hasOwnProperty.call(message, "devmajor"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.devmajor = typeof message.devmajor === "number" ? $BigInt(message.devmajor) : $util.Long.fromBits(message.devmajor.low >>> 0, message.devmajor.high >>> 0, false).toBigInt();
                    else if (typeof message.devmajor === "number")
                        object.devmajor = options.longs === $String ? $String(message.devmajor) : message.devmajor;
                    else
                        object.devmajor = options.longs === $String ? $util.Long.prototype.toString.call(message.devmajor) : options.longs === $Number ? new $util.LongBits(message.devmajor.low >>> 0, message.devmajor.high >>> 0).toNumber() : message.devmajor;
                if (message.devminor != null && $Object.hasOwnProperty.call(message, "devminor"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.devminor = typeof message.devminor === "number" ? $BigInt(message.devminor) : $util.Long.fromBits(message.devminor.low >>> 0, message.devminor.high >>> 0, false).toBigInt();
                    else if (typeof message.devminor === "number")
                        object.devminor = options.longs === $String ? $String(message.devminor) : message.devminor;
                    else
                        object.devminor = options.longs === $String ? $util.Long.prototype.toString.call(message.devminor) : options.longs === $Number ? new $util.LongBits(message.devminor.low >>> 0, message.devminor.high >>> 0).toNumber() : message.devminor;
                let keys2;
                if (message.xattrs && (keys2 = $Object.keys(message.xattrs)).length) {
                    object.xattrs = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.xattrs, keys2[j]);
                        object.xattrs[keys2[j]] = options.bytes === $String ? $util.base64.encode(message.xattrs[keys2[j]], 0, message.xattrs[keys2[j]].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.xattrs[keys2[j]]) : message.xattrs[keys2[j]];
                    }
                }
                return object;
            };

            Stat.prototype.toJSON = function() {
                return Stat.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Stat;
        })();

        return types;
    })();

    return fsutil;
})();

export const google = $root.google = (() => {

    const google = {};

    google.rpc = (function() {

        const rpc = {};

        rpc.Status = (function() {

            const Status = function (properties) {
                this.details = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Status.prototype.code = 0;
            Status.prototype.message = "";
            Status.prototype.details = $util.emptyArray;

            Status.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(8).int32(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(18).string(message.message);
                if (message.details != null && message.details.length)
                    for (let i = 0; i < message.details.length; ++i)
                        $root.google.protobuf.Any.encode(message.details[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Status.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.rpc.Status();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.details && message.details.length))
                                message.details = [];
                            message.details.push($root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Status.fromObject = function (object, _depth) {
                if (object instanceof $root.google.rpc.Status)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.rpc.Status: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.rpc.Status();
                if (object.code != null)
                    if ($Number(object.code) !== 0)
                        message.code = object.code | 0;
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.details) {
                    if (!$Array.isArray(object.details))
                        throw $TypeError(".google.rpc.Status.details: array expected");
                    message.details = $Array(object.details.length);
                    for (let i = 0; i < object.details.length; ++i) {
                        if (!$util.isObject(object.details[i]))
                            throw $TypeError(".google.rpc.Status.details: object expected");
                        message.details[i] = $root.google.protobuf.Any.fromObject(object.details[i], _depth + 1);
                    }
                }
                return message;
            };

            Status.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.details = [];
                if (options.defaults) {
                    object.code = 0;
                    object.message = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.details && message.details.length) {
                    object.details = $Array(message.details.length);
                    for (let j = 0; j < message.details.length; ++j)
                        object.details[j] = $root.google.protobuf.Any.toObject(message.details[j], options, _depth + 1);
                }
                return object;
            };

            Status.prototype.toJSON = function() {
                return Status.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Status;
        })();

        return rpc;
    })();

    google.protobuf = (function() {

        const protobuf = {};

        protobuf.Any = (function() {

            const Any = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Any.prototype.type_url = "";
            Any.prototype.value = $util.newBuffer([]);

            Any.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type_url != null && $Object.hasOwnProperty.call(message, "type_url") && message.type_url !== "")
                    writer.uint32(10).string(message.type_url);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                    writer.uint32(18).bytes(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Any.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Any();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type_url = value;
                            else
                                delete message.type_url;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Any.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Any)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Any: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.Any();
                if (object.type_url != null)
                    if (typeof object.type_url !== "string" || object.type_url.length)
                        message.type_url = $String(object.type_url);
                if (object.value != null)
                    if (object.value.length)
                        if (typeof object.value === "string")
                            $util.base64.decode(object.value, message.value = $util.newBuffer($util.base64.length(object.value)), 0);
                        else if (object.value.length >= 0)
                            message.value = object.value;
                return message;
            };

            Any.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.type_url = "";
                    if (options.bytes === $String)
                        object.value = "";
                    else {
                        object.value = [];
                        if (options.bytes !== $Array)
                            object.value = $util.newBuffer(object.value);
                    }
                }
                if (message.type_url != null && $Object.hasOwnProperty.call(message, "type_url"))
                    object.type_url = message.type_url;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = options.bytes === $String ? $util.base64.encode(message.value, 0, message.value.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.value) : message.value;
                return object;
            };

            Any.prototype.toJSON = function() {
                return Any.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Any;
        })();

        return protobuf;
    })();

    return google;
})();

export {
  $root as default
};
