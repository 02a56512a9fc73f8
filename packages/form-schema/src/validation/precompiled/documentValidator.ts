// @ts-nocheck
/* eslint-disable */
// The document validator, compiled ahead of time so that no code is compiled at run time (no unsafe-eval under a Content-Security-Policy).
// Generated from src/schema/documentSchema.ts by `npm run schema:write -w @hemit/overlevering-form-schema`; do not edit.
import type { ErrorObject } from 'ajv';
import * as ajvRuntime0 from "ajv/dist/runtime/ucs2length";
import * as ajvRuntime1 from "ajv-formats/dist/formats";
const schema11 = {"type":"object","properties":{"schemaVersion":{"type":"integer","minimum":1},"bestilling":{"type":"object","properties":{"tittel":{"type":"string","maxLength":200},"beskrivelse":{"type":"string","maxLength":10000},"bestiltAv":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9]*:(?:[a-z0-9]+(?:-[a-z0-9]+)*/)?[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$","maxLength":255},"bestillerEnhet":{"type":"string","maxLength":300},"referanse":{"type":"string","maxLength":300},"formal":{"type":"string","maxLength":10000},"leveransetype":{"type":"string","enum":["ny-tjeneste","ny-versjon","endring"]},"planlagtProduksjonsdato":{"type":"string","format":"date","pattern":"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"}},"additionalProperties":false},"designfase":{"type":"object","properties":{"systemeierOmrade":{"type":"string","maxLength":300},"tjeneste":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9]*:(?:[a-z0-9]+(?:-[a-z0-9]+)*/)?[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$","maxLength":255},"fagansvarlig":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9]*:(?:[a-z0-9]+(?:-[a-z0-9]+)*/)?[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$","maxLength":255},"tjenesteutvikler":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9]*:(?:[a-z0-9]+(?:-[a-z0-9]+)*/)?[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$","maxLength":255},"seksjonsleder":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9]*:(?:[a-z0-9]+(?:-[a-z0-9]+)*/)?[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$","maxLength":255},"systemeier":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9]*:(?:[a-z0-9]+(?:-[a-z0-9]+)*/)?[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$","maxLength":255},"arkitekturdokumentasjon":{"type":"string","format":"uri","pattern":"^https?://","maxLength":2000},"rosGjennomfort":{"type":"object","properties":{"svar":{"type":"boolean"},"forklaring":{"type":"string","maxLength":10000}},"additionalProperties":false},"dpiaGjennomfort":{"type":"object","properties":{"svar":{"type":"boolean"},"forklaring":{"type":"string","maxLength":10000}},"additionalProperties":false},"personopplysninger":{"type":"object","properties":{"svar":{"type":"boolean"},"forklaring":{"type":"string","maxLength":10000}},"additionalProperties":false}},"additionalProperties":false},"etablering":{"type":"object","properties":{"losningsdokumentasjon":{"type":"array","items":{"type":"object","properties":{"tittel":{"type":"string","maxLength":300},"url":{"type":"string","format":"uri","pattern":"^https?://","maxLength":2000}},"additionalProperties":false},"maxItems":200},"driftsdokumentasjon":{"type":"string","format":"uri","pattern":"^https?://","maxLength":2000},"deltDriftsansvar":{"type":"object","properties":{"svar":{"type":"boolean"},"forklaring":{"type":"string","maxLength":10000}},"additionalProperties":false},"deltDriftsansvarMed":{"type":"string","maxLength":300},"leverandor":{"type":"string","maxLength":300},"supportavtale":{"type":"string","maxLength":10000},"miljoer":{"type":"array","items":{"type":"string","enum":["produksjon","test","kvalitetssikring","opplaering","utvikling"]},"uniqueItems":true,"maxItems":5},"tilgangsroller":{"type":"string","maxLength":10000},"integrasjoner":{"type":"string","maxLength":10000},"servere":{"type":"string","maxLength":10000},"nettverksbehov":{"type":"string","maxLength":10000},"klientprogramvare":{"type":"string","maxLength":10000}},"additionalProperties":false},"driftskostnader":{"type":"object","properties":{"kostnader":{"type":"array","items":{"type":"object","properties":{"beskrivelse":{"type":"string","maxLength":300},"kategori":{"type":"string","enum":["lisens","drift","support","infrastruktur","annet"]},"belop":{"type":"number","minimum":0,"maximum":1000000000},"periode":{"type":"string","enum":["engangs","maanedlig","aarlig"]},"koststed":{"type":"string","maxLength":300}},"additionalProperties":false},"maxItems":200},"dekketIBudsjett":{"type":"object","properties":{"svar":{"type":"boolean"},"forklaring":{"type":"string","maxLength":10000}},"additionalProperties":false}},"additionalProperties":false},"produksjonssetting":{"type":"object","properties":{"varsling":{"type":"object","properties":{"svar":{"type":"boolean"},"forklaring":{"type":"string","maxLength":10000}},"additionalProperties":false},"overvaking":{"type":"string","maxLength":10000},"fravik":{"type":"array","items":{"type":"object","properties":{"beskrivelse":{"type":"string","maxLength":10000},"begrunnelse":{"type":"string","maxLength":10000},"godkjentAv":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9]*:(?:[a-z0-9]+(?:-[a-z0-9]+)*/)?[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$","maxLength":255},"frist":{"type":"string","format":"date","pattern":"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"}},"additionalProperties":false},"maxItems":200},"restanser":{"type":"array","items":{"type":"object","properties":{"beskrivelse":{"type":"string","maxLength":10000},"ansvarlig":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9]*:(?:[a-z0-9]+(?:-[a-z0-9]+)*/)?[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$","maxLength":255},"frist":{"type":"string","format":"date","pattern":"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"}},"additionalProperties":false},"maxItems":200},"kjenteFeil":{"type":"array","items":{"type":"object","properties":{"beskrivelse":{"type":"string","maxLength":10000},"omgaelse":{"type":"string","maxLength":10000},"saksreferanse":{"type":"string","maxLength":300}},"additionalProperties":false},"maxItems":200},"produksjonssettingsplan":{"type":"string","maxLength":10000},"tilbakerullingsplan":{"type":"string","maxLength":10000},"hemithjelpOrientert":{"type":"object","properties":{"svar":{"type":"boolean"},"forklaring":{"type":"string","maxLength":10000}},"additionalProperties":false},"kunnskapsartikler":{"type":"string","maxLength":10000},"servicedeskOpplaert":{"type":"object","properties":{"svar":{"type":"boolean"},"forklaring":{"type":"string","maxLength":10000}},"additionalProperties":false},"kunnskapsartiklerPublisert":{"type":"object","properties":{"svar":{"type":"boolean"},"forklaring":{"type":"string","maxLength":10000}},"additionalProperties":false},"ingenKritiskeFeil":{"type":"object","properties":{"svar":{"type":"boolean"},"forklaring":{"type":"string","maxLength":10000}},"additionalProperties":false}},"additionalProperties":false}},"additionalProperties":false};
const func2 = ajvRuntime0.default;
const func8 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp("^[A-Za-z][A-Za-z0-9]*:(?:[a-z0-9]+(?:-[a-z0-9]+)*/)?[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$", "u");
const pattern1 = new RegExp("^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$", "u");
const pattern7 = new RegExp("^https?://", "u");
const formats0 = ajvRuntime1.fullFormats.date;
const formats2 = ajvRuntime1.fullFormats.uri;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "schemaVersion") || (key0 === "bestilling")) || (key0 === "designfase")) || (key0 === "etablering")) || (key0 === "driftskostnader")) || (key0 === "produksjonssetting"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.schemaVersion !== undefined){
let data0 = data.schemaVersion;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.bestilling !== undefined){
let data1 = data.bestilling;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!((((((((key1 === "tittel") || (key1 === "beskrivelse")) || (key1 === "bestiltAv")) || (key1 === "bestillerEnhet")) || (key1 === "referanse")) || (key1 === "formal")) || (key1 === "leveransetype")) || (key1 === "planlagtProduksjonsdato"))){
const err3 = {instancePath:instancePath+"/bestilling",schemaPath:"#/properties/bestilling/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.tittel !== undefined){
let data2 = data1.tittel;
if(typeof data2 === "string"){
if(func2(data2) > 200){
const err4 = {instancePath:instancePath+"/bestilling/tittel",schemaPath:"#/properties/bestilling/properties/tittel/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/bestilling/tittel",schemaPath:"#/properties/bestilling/properties/tittel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.beskrivelse !== undefined){
let data3 = data1.beskrivelse;
if(typeof data3 === "string"){
if(func2(data3) > 10000){
const err6 = {instancePath:instancePath+"/bestilling/beskrivelse",schemaPath:"#/properties/bestilling/properties/beskrivelse/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/bestilling/beskrivelse",schemaPath:"#/properties/bestilling/properties/beskrivelse/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.bestiltAv !== undefined){
let data4 = data1.bestiltAv;
if(typeof data4 === "string"){
if(func2(data4) > 255){
const err8 = {instancePath:instancePath+"/bestilling/bestiltAv",schemaPath:"#/properties/bestilling/properties/bestiltAv/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern0.test(data4)){
const err9 = {instancePath:instancePath+"/bestilling/bestiltAv",schemaPath:"#/properties/bestilling/properties/bestiltAv/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9]*:(?:[a-z0-9]+(?:-[a-z0-9]+)*/)?[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9]*:(?:[a-z0-9]+(?:-[a-z0-9]+)*/)?[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/bestilling/bestiltAv",schemaPath:"#/properties/bestilling/properties/bestiltAv/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data1.bestillerEnhet !== undefined){
let data5 = data1.bestillerEnhet;
if(typeof data5 === "string"){
if(func2(data5) > 300){
const err11 = {instancePath:instancePath+"/bestilling/bestillerEnhet",schemaPath:"#/properties/bestilling/properties/bestillerEnhet/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/bestilling/bestillerEnhet",schemaPath:"#/properties/bestilling/properties/bestillerEnhet/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data1.referanse !== undefined){
let data6 = data1.referanse;
if(typeof data6 === "string"){
if(func2(data6) > 300){
const err13 = {instancePath:instancePath+"/bestilling/referanse",schemaPath:"#/properties/bestilling/properties/referanse/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/bestilling/referanse",schemaPath:"#/properties/bestilling/properties/referanse/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data1.formal !== undefined){
let data7 = data1.formal;
if(typeof data7 === "string"){
if(func2(data7) > 10000){
const err15 = {instancePath:instancePath+"/bestilling/formal",schemaPath:"#/properties/bestilling/properties/formal/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/bestilling/formal",schemaPath:"#/properties/bestilling/properties/formal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data1.leveransetype !== undefined){
let data8 = data1.leveransetype;
if(typeof data8 !== "string"){
const err17 = {instancePath:instancePath+"/bestilling/leveransetype",schemaPath:"#/properties/bestilling/properties/leveransetype/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!(((data8 === "ny-tjeneste") || (data8 === "ny-versjon")) || (data8 === "endring"))){
const err18 = {instancePath:instancePath+"/bestilling/leveransetype",schemaPath:"#/properties/bestilling/properties/leveransetype/enum",keyword:"enum",params:{allowedValues: schema11.properties.bestilling.properties.leveransetype.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data1.planlagtProduksjonsdato !== undefined){
let data9 = data1.planlagtProduksjonsdato;
if(typeof data9 === "string"){
if(!pattern1.test(data9)){
const err19 = {instancePath:instancePath+"/bestilling/planlagtProduksjonsdato",schemaPath:"#/properties/bestilling/properties/planlagtProduksjonsdato/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"},message:"must match pattern \""+"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!(formats0.validate(data9))){
const err20 = {instancePath:instancePath+"/bestilling/planlagtProduksjonsdato",schemaPath:"#/properties/bestilling/properties/planlagtProduksjonsdato/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/bestilling/planlagtProduksjonsdato",schemaPath:"#/properties/bestilling/properties/planlagtProduksjonsdato/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/bestilling",schemaPath:"#/properties/bestilling/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.designfase !== undefined){
let data10 = data.designfase;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key2 in data10){
if(!(func8.call(schema11.properties.designfase.properties, key2))){
const err23 = {instancePath:instancePath+"/designfase",schemaPath:"#/properties/designfase/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data10.systemeierOmrade !== undefined){
let data11 = data10.systemeierOmrade;
if(typeof data11 === "string"){
if(func2(data11) > 300){
const err24 = {instancePath:instancePath+"/designfase/systemeierOmrade",schemaPath:"#/properties/designfase/properties/systemeierOmrade/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/designfase/systemeierOmrade",schemaPath:"#/properties/designfase/properties/systemeierOmrade/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data10.tjeneste !== undefined){
let data12 = data10.tjeneste;
if(typeof data12 === "string"){
if(func2(data12) > 255){
const err26 = {instancePath:instancePath+"/designfase/tjeneste",schemaPath:"#/properties/designfase/properties/tjeneste/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!pattern0.test(data12)){
const err27 = {instancePath:instancePath+"/designfase/tjeneste",schemaPath:"#/properties/designfase/properties/tjeneste/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9]*:(?:[a-z0-9]+(?:-[a-z0-9]+)*/)?[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9]*:(?:[a-z0-9]+(?:-[a-z0-9]+)*/)?[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/designfase/tjeneste",schemaPath:"#/properties/designfase/properties/tjeneste/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data10.fagansvarlig !== undefined){
let data13 = data10.fagansvarlig;
if(typeof data13 === "string"){
if(func2(data13) > 255){
const err29 = {instancePath:instancePath+"/designfase/fagansvarlig",schemaPath:"#/properties/designfase/properties/fagansvarlig/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!pattern0.test(data13)){
const err30 = {instancePath:instancePath+"/designfase/fagansvarlig",schemaPath:"#/properties/designfase/properties/fagansvarlig/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9]*:(?:[a-z0-9]+(?:-[a-z0-9]+)*/)?[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9]*:(?:[a-z0-9]+(?:-[a-z0-9]+)*/)?[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/designfase/fagansvarlig",schemaPath:"#/properties/designfase/properties/fagansvarlig/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data10.tjenesteutvikler !== undefined){
let data14 = data10.tjenesteutvikler;
if(typeof data14 === "string"){
if(func2(data14) > 255){
const err32 = {instancePath:instancePath+"/designfase/tjenesteutvikler",schemaPath:"#/properties/designfase/properties/tjenesteutvikler/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!pattern0.test(data14)){
const err33 = {instancePath:instancePath+"/designfase/tjenesteutvikler",schemaPath:"#/properties/designfase/properties/tjenesteutvikler/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9]*:(?:[a-z0-9]+(?:-[a-z0-9]+)*/)?[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9]*:(?:[a-z0-9]+(?:-[a-z0-9]+)*/)?[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/designfase/tjenesteutvikler",schemaPath:"#/properties/designfase/properties/tjenesteutvikler/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data10.seksjonsleder !== undefined){
let data15 = data10.seksjonsleder;
if(typeof data15 === "string"){
if(func2(data15) > 255){
const err35 = {instancePath:instancePath+"/designfase/seksjonsleder",schemaPath:"#/properties/designfase/properties/seksjonsleder/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!pattern0.test(data15)){
const err36 = {instancePath:instancePath+"/designfase/seksjonsleder",schemaPath:"#/properties/designfase/properties/seksjonsleder/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9]*:(?:[a-z0-9]+(?:-[a-z0-9]+)*/)?[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9]*:(?:[a-z0-9]+(?:-[a-z0-9]+)*/)?[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/designfase/seksjonsleder",schemaPath:"#/properties/designfase/properties/seksjonsleder/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data10.systemeier !== undefined){
let data16 = data10.systemeier;
if(typeof data16 === "string"){
if(func2(data16) > 255){
const err38 = {instancePath:instancePath+"/designfase/systemeier",schemaPath:"#/properties/designfase/properties/systemeier/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(!pattern0.test(data16)){
const err39 = {instancePath:instancePath+"/designfase/systemeier",schemaPath:"#/properties/designfase/properties/systemeier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9]*:(?:[a-z0-9]+(?:-[a-z0-9]+)*/)?[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9]*:(?:[a-z0-9]+(?:-[a-z0-9]+)*/)?[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/designfase/systemeier",schemaPath:"#/properties/designfase/properties/systemeier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data10.arkitekturdokumentasjon !== undefined){
let data17 = data10.arkitekturdokumentasjon;
if(typeof data17 === "string"){
if(func2(data17) > 2000){
const err41 = {instancePath:instancePath+"/designfase/arkitekturdokumentasjon",schemaPath:"#/properties/designfase/properties/arkitekturdokumentasjon/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(!pattern7.test(data17)){
const err42 = {instancePath:instancePath+"/designfase/arkitekturdokumentasjon",schemaPath:"#/properties/designfase/properties/arkitekturdokumentasjon/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(!(formats2(data17))){
const err43 = {instancePath:instancePath+"/designfase/arkitekturdokumentasjon",schemaPath:"#/properties/designfase/properties/arkitekturdokumentasjon/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/designfase/arkitekturdokumentasjon",schemaPath:"#/properties/designfase/properties/arkitekturdokumentasjon/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data10.rosGjennomfort !== undefined){
let data18 = data10.rosGjennomfort;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key3 in data18){
if(!((key3 === "svar") || (key3 === "forklaring"))){
const err45 = {instancePath:instancePath+"/designfase/rosGjennomfort",schemaPath:"#/properties/designfase/properties/rosGjennomfort/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data18.svar !== undefined){
if(typeof data18.svar !== "boolean"){
const err46 = {instancePath:instancePath+"/designfase/rosGjennomfort/svar",schemaPath:"#/properties/designfase/properties/rosGjennomfort/properties/svar/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data18.forklaring !== undefined){
let data20 = data18.forklaring;
if(typeof data20 === "string"){
if(func2(data20) > 10000){
const err47 = {instancePath:instancePath+"/designfase/rosGjennomfort/forklaring",schemaPath:"#/properties/designfase/properties/rosGjennomfort/properties/forklaring/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/designfase/rosGjennomfort/forklaring",schemaPath:"#/properties/designfase/properties/rosGjennomfort/properties/forklaring/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/designfase/rosGjennomfort",schemaPath:"#/properties/designfase/properties/rosGjennomfort/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data10.dpiaGjennomfort !== undefined){
let data21 = data10.dpiaGjennomfort;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
for(const key4 in data21){
if(!((key4 === "svar") || (key4 === "forklaring"))){
const err50 = {instancePath:instancePath+"/designfase/dpiaGjennomfort",schemaPath:"#/properties/designfase/properties/dpiaGjennomfort/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data21.svar !== undefined){
if(typeof data21.svar !== "boolean"){
const err51 = {instancePath:instancePath+"/designfase/dpiaGjennomfort/svar",schemaPath:"#/properties/designfase/properties/dpiaGjennomfort/properties/svar/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data21.forklaring !== undefined){
let data23 = data21.forklaring;
if(typeof data23 === "string"){
if(func2(data23) > 10000){
const err52 = {instancePath:instancePath+"/designfase/dpiaGjennomfort/forklaring",schemaPath:"#/properties/designfase/properties/dpiaGjennomfort/properties/forklaring/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/designfase/dpiaGjennomfort/forklaring",schemaPath:"#/properties/designfase/properties/dpiaGjennomfort/properties/forklaring/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/designfase/dpiaGjennomfort",schemaPath:"#/properties/designfase/properties/dpiaGjennomfort/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data10.personopplysninger !== undefined){
let data24 = data10.personopplysninger;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
for(const key5 in data24){
if(!((key5 === "svar") || (key5 === "forklaring"))){
const err55 = {instancePath:instancePath+"/designfase/personopplysninger",schemaPath:"#/properties/designfase/properties/personopplysninger/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data24.svar !== undefined){
if(typeof data24.svar !== "boolean"){
const err56 = {instancePath:instancePath+"/designfase/personopplysninger/svar",schemaPath:"#/properties/designfase/properties/personopplysninger/properties/svar/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data24.forklaring !== undefined){
let data26 = data24.forklaring;
if(typeof data26 === "string"){
if(func2(data26) > 10000){
const err57 = {instancePath:instancePath+"/designfase/personopplysninger/forklaring",schemaPath:"#/properties/designfase/properties/personopplysninger/properties/forklaring/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/designfase/personopplysninger/forklaring",schemaPath:"#/properties/designfase/properties/personopplysninger/properties/forklaring/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/designfase/personopplysninger",schemaPath:"#/properties/designfase/properties/personopplysninger/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/designfase",schemaPath:"#/properties/designfase/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.etablering !== undefined){
let data27 = data.etablering;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
for(const key6 in data27){
if(!(func8.call(schema11.properties.etablering.properties, key6))){
const err61 = {instancePath:instancePath+"/etablering",schemaPath:"#/properties/etablering/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data27.losningsdokumentasjon !== undefined){
let data28 = data27.losningsdokumentasjon;
if(Array.isArray(data28)){
if(data28.length > 200){
const err62 = {instancePath:instancePath+"/etablering/losningsdokumentasjon",schemaPath:"#/properties/etablering/properties/losningsdokumentasjon/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
const len0 = data28.length;
for(let i0=0; i0<len0; i0++){
let data29 = data28[i0];
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
for(const key7 in data29){
if(!((key7 === "tittel") || (key7 === "url"))){
const err63 = {instancePath:instancePath+"/etablering/losningsdokumentasjon/" + i0,schemaPath:"#/properties/etablering/properties/losningsdokumentasjon/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data29.tittel !== undefined){
let data30 = data29.tittel;
if(typeof data30 === "string"){
if(func2(data30) > 300){
const err64 = {instancePath:instancePath+"/etablering/losningsdokumentasjon/" + i0+"/tittel",schemaPath:"#/properties/etablering/properties/losningsdokumentasjon/items/properties/tittel/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
else {
const err65 = {instancePath:instancePath+"/etablering/losningsdokumentasjon/" + i0+"/tittel",schemaPath:"#/properties/etablering/properties/losningsdokumentasjon/items/properties/tittel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data29.url !== undefined){
let data31 = data29.url;
if(typeof data31 === "string"){
if(func2(data31) > 2000){
const err66 = {instancePath:instancePath+"/etablering/losningsdokumentasjon/" + i0+"/url",schemaPath:"#/properties/etablering/properties/losningsdokumentasjon/items/properties/url/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(!pattern7.test(data31)){
const err67 = {instancePath:instancePath+"/etablering/losningsdokumentasjon/" + i0+"/url",schemaPath:"#/properties/etablering/properties/losningsdokumentasjon/items/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(!(formats2(data31))){
const err68 = {instancePath:instancePath+"/etablering/losningsdokumentasjon/" + i0+"/url",schemaPath:"#/properties/etablering/properties/losningsdokumentasjon/items/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/etablering/losningsdokumentasjon/" + i0+"/url",schemaPath:"#/properties/etablering/properties/losningsdokumentasjon/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
else {
const err70 = {instancePath:instancePath+"/etablering/losningsdokumentasjon/" + i0,schemaPath:"#/properties/etablering/properties/losningsdokumentasjon/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
else {
const err71 = {instancePath:instancePath+"/etablering/losningsdokumentasjon",schemaPath:"#/properties/etablering/properties/losningsdokumentasjon/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data27.driftsdokumentasjon !== undefined){
let data32 = data27.driftsdokumentasjon;
if(typeof data32 === "string"){
if(func2(data32) > 2000){
const err72 = {instancePath:instancePath+"/etablering/driftsdokumentasjon",schemaPath:"#/properties/etablering/properties/driftsdokumentasjon/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(!pattern7.test(data32)){
const err73 = {instancePath:instancePath+"/etablering/driftsdokumentasjon",schemaPath:"#/properties/etablering/properties/driftsdokumentasjon/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(!(formats2(data32))){
const err74 = {instancePath:instancePath+"/etablering/driftsdokumentasjon",schemaPath:"#/properties/etablering/properties/driftsdokumentasjon/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/etablering/driftsdokumentasjon",schemaPath:"#/properties/etablering/properties/driftsdokumentasjon/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data27.deltDriftsansvar !== undefined){
let data33 = data27.deltDriftsansvar;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
for(const key8 in data33){
if(!((key8 === "svar") || (key8 === "forklaring"))){
const err76 = {instancePath:instancePath+"/etablering/deltDriftsansvar",schemaPath:"#/properties/etablering/properties/deltDriftsansvar/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data33.svar !== undefined){
if(typeof data33.svar !== "boolean"){
const err77 = {instancePath:instancePath+"/etablering/deltDriftsansvar/svar",schemaPath:"#/properties/etablering/properties/deltDriftsansvar/properties/svar/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data33.forklaring !== undefined){
let data35 = data33.forklaring;
if(typeof data35 === "string"){
if(func2(data35) > 10000){
const err78 = {instancePath:instancePath+"/etablering/deltDriftsansvar/forklaring",schemaPath:"#/properties/etablering/properties/deltDriftsansvar/properties/forklaring/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/etablering/deltDriftsansvar/forklaring",schemaPath:"#/properties/etablering/properties/deltDriftsansvar/properties/forklaring/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
else {
const err80 = {instancePath:instancePath+"/etablering/deltDriftsansvar",schemaPath:"#/properties/etablering/properties/deltDriftsansvar/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data27.deltDriftsansvarMed !== undefined){
let data36 = data27.deltDriftsansvarMed;
if(typeof data36 === "string"){
if(func2(data36) > 300){
const err81 = {instancePath:instancePath+"/etablering/deltDriftsansvarMed",schemaPath:"#/properties/etablering/properties/deltDriftsansvarMed/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
else {
const err82 = {instancePath:instancePath+"/etablering/deltDriftsansvarMed",schemaPath:"#/properties/etablering/properties/deltDriftsansvarMed/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data27.leverandor !== undefined){
let data37 = data27.leverandor;
if(typeof data37 === "string"){
if(func2(data37) > 300){
const err83 = {instancePath:instancePath+"/etablering/leverandor",schemaPath:"#/properties/etablering/properties/leverandor/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
else {
const err84 = {instancePath:instancePath+"/etablering/leverandor",schemaPath:"#/properties/etablering/properties/leverandor/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data27.supportavtale !== undefined){
let data38 = data27.supportavtale;
if(typeof data38 === "string"){
if(func2(data38) > 10000){
const err85 = {instancePath:instancePath+"/etablering/supportavtale",schemaPath:"#/properties/etablering/properties/supportavtale/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
else {
const err86 = {instancePath:instancePath+"/etablering/supportavtale",schemaPath:"#/properties/etablering/properties/supportavtale/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data27.miljoer !== undefined){
let data39 = data27.miljoer;
if(Array.isArray(data39)){
if(data39.length > 5){
const err87 = {instancePath:instancePath+"/etablering/miljoer",schemaPath:"#/properties/etablering/properties/miljoer/maxItems",keyword:"maxItems",params:{limit: 5},message:"must NOT have more than 5 items"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
const len1 = data39.length;
for(let i1=0; i1<len1; i1++){
let data40 = data39[i1];
if(typeof data40 !== "string"){
const err88 = {instancePath:instancePath+"/etablering/miljoer/" + i1,schemaPath:"#/properties/etablering/properties/miljoer/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(!(((((data40 === "produksjon") || (data40 === "test")) || (data40 === "kvalitetssikring")) || (data40 === "opplaering")) || (data40 === "utvikling"))){
const err89 = {instancePath:instancePath+"/etablering/miljoer/" + i1,schemaPath:"#/properties/etablering/properties/miljoer/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.etablering.properties.miljoer.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
let i2 = data39.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data39[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err90 = {instancePath:instancePath+"/etablering/miljoer",schemaPath:"#/properties/etablering/properties/miljoer/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err91 = {instancePath:instancePath+"/etablering/miljoer",schemaPath:"#/properties/etablering/properties/miljoer/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data27.tilgangsroller !== undefined){
let data41 = data27.tilgangsroller;
if(typeof data41 === "string"){
if(func2(data41) > 10000){
const err92 = {instancePath:instancePath+"/etablering/tilgangsroller",schemaPath:"#/properties/etablering/properties/tilgangsroller/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
else {
const err93 = {instancePath:instancePath+"/etablering/tilgangsroller",schemaPath:"#/properties/etablering/properties/tilgangsroller/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data27.integrasjoner !== undefined){
let data42 = data27.integrasjoner;
if(typeof data42 === "string"){
if(func2(data42) > 10000){
const err94 = {instancePath:instancePath+"/etablering/integrasjoner",schemaPath:"#/properties/etablering/properties/integrasjoner/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
else {
const err95 = {instancePath:instancePath+"/etablering/integrasjoner",schemaPath:"#/properties/etablering/properties/integrasjoner/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data27.servere !== undefined){
let data43 = data27.servere;
if(typeof data43 === "string"){
if(func2(data43) > 10000){
const err96 = {instancePath:instancePath+"/etablering/servere",schemaPath:"#/properties/etablering/properties/servere/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
else {
const err97 = {instancePath:instancePath+"/etablering/servere",schemaPath:"#/properties/etablering/properties/servere/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data27.nettverksbehov !== undefined){
let data44 = data27.nettverksbehov;
if(typeof data44 === "string"){
if(func2(data44) > 10000){
const err98 = {instancePath:instancePath+"/etablering/nettverksbehov",schemaPath:"#/properties/etablering/properties/nettverksbehov/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
else {
const err99 = {instancePath:instancePath+"/etablering/nettverksbehov",schemaPath:"#/properties/etablering/properties/nettverksbehov/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data27.klientprogramvare !== undefined){
let data45 = data27.klientprogramvare;
if(typeof data45 === "string"){
if(func2(data45) > 10000){
const err100 = {instancePath:instancePath+"/etablering/klientprogramvare",schemaPath:"#/properties/etablering/properties/klientprogramvare/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
else {
const err101 = {instancePath:instancePath+"/etablering/klientprogramvare",schemaPath:"#/properties/etablering/properties/klientprogramvare/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
}
else {
const err102 = {instancePath:instancePath+"/etablering",schemaPath:"#/properties/etablering/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data.driftskostnader !== undefined){
let data46 = data.driftskostnader;
if(data46 && typeof data46 == "object" && !Array.isArray(data46)){
for(const key9 in data46){
if(!((key9 === "kostnader") || (key9 === "dekketIBudsjett"))){
const err103 = {instancePath:instancePath+"/driftskostnader",schemaPath:"#/properties/driftskostnader/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data46.kostnader !== undefined){
let data47 = data46.kostnader;
if(Array.isArray(data47)){
if(data47.length > 200){
const err104 = {instancePath:instancePath+"/driftskostnader/kostnader",schemaPath:"#/properties/driftskostnader/properties/kostnader/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
const len2 = data47.length;
for(let i3=0; i3<len2; i3++){
let data48 = data47[i3];
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
for(const key10 in data48){
if(!(((((key10 === "beskrivelse") || (key10 === "kategori")) || (key10 === "belop")) || (key10 === "periode")) || (key10 === "koststed"))){
const err105 = {instancePath:instancePath+"/driftskostnader/kostnader/" + i3,schemaPath:"#/properties/driftskostnader/properties/kostnader/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data48.beskrivelse !== undefined){
let data49 = data48.beskrivelse;
if(typeof data49 === "string"){
if(func2(data49) > 300){
const err106 = {instancePath:instancePath+"/driftskostnader/kostnader/" + i3+"/beskrivelse",schemaPath:"#/properties/driftskostnader/properties/kostnader/items/properties/beskrivelse/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
else {
const err107 = {instancePath:instancePath+"/driftskostnader/kostnader/" + i3+"/beskrivelse",schemaPath:"#/properties/driftskostnader/properties/kostnader/items/properties/beskrivelse/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data48.kategori !== undefined){
let data50 = data48.kategori;
if(typeof data50 !== "string"){
const err108 = {instancePath:instancePath+"/driftskostnader/kostnader/" + i3+"/kategori",schemaPath:"#/properties/driftskostnader/properties/kostnader/items/properties/kategori/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
if(!(((((data50 === "lisens") || (data50 === "drift")) || (data50 === "support")) || (data50 === "infrastruktur")) || (data50 === "annet"))){
const err109 = {instancePath:instancePath+"/driftskostnader/kostnader/" + i3+"/kategori",schemaPath:"#/properties/driftskostnader/properties/kostnader/items/properties/kategori/enum",keyword:"enum",params:{allowedValues: schema11.properties.driftskostnader.properties.kostnader.items.properties.kategori.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data48.belop !== undefined){
let data51 = data48.belop;
if((typeof data51 == "number") && (isFinite(data51))){
if(data51 > 1000000000 || isNaN(data51)){
const err110 = {instancePath:instancePath+"/driftskostnader/kostnader/" + i3+"/belop",schemaPath:"#/properties/driftskostnader/properties/kostnader/items/properties/belop/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000},message:"must be <= 1000000000"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if(data51 < 0 || isNaN(data51)){
const err111 = {instancePath:instancePath+"/driftskostnader/kostnader/" + i3+"/belop",schemaPath:"#/properties/driftskostnader/properties/kostnader/items/properties/belop/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
else {
const err112 = {instancePath:instancePath+"/driftskostnader/kostnader/" + i3+"/belop",schemaPath:"#/properties/driftskostnader/properties/kostnader/items/properties/belop/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data48.periode !== undefined){
let data52 = data48.periode;
if(typeof data52 !== "string"){
const err113 = {instancePath:instancePath+"/driftskostnader/kostnader/" + i3+"/periode",schemaPath:"#/properties/driftskostnader/properties/kostnader/items/properties/periode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
if(!(((data52 === "engangs") || (data52 === "maanedlig")) || (data52 === "aarlig"))){
const err114 = {instancePath:instancePath+"/driftskostnader/kostnader/" + i3+"/periode",schemaPath:"#/properties/driftskostnader/properties/kostnader/items/properties/periode/enum",keyword:"enum",params:{allowedValues: schema11.properties.driftskostnader.properties.kostnader.items.properties.periode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data48.koststed !== undefined){
let data53 = data48.koststed;
if(typeof data53 === "string"){
if(func2(data53) > 300){
const err115 = {instancePath:instancePath+"/driftskostnader/kostnader/" + i3+"/koststed",schemaPath:"#/properties/driftskostnader/properties/kostnader/items/properties/koststed/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
else {
const err116 = {instancePath:instancePath+"/driftskostnader/kostnader/" + i3+"/koststed",schemaPath:"#/properties/driftskostnader/properties/kostnader/items/properties/koststed/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
}
else {
const err117 = {instancePath:instancePath+"/driftskostnader/kostnader/" + i3,schemaPath:"#/properties/driftskostnader/properties/kostnader/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
}
else {
const err118 = {instancePath:instancePath+"/driftskostnader/kostnader",schemaPath:"#/properties/driftskostnader/properties/kostnader/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data46.dekketIBudsjett !== undefined){
let data54 = data46.dekketIBudsjett;
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
for(const key11 in data54){
if(!((key11 === "svar") || (key11 === "forklaring"))){
const err119 = {instancePath:instancePath+"/driftskostnader/dekketIBudsjett",schemaPath:"#/properties/driftskostnader/properties/dekketIBudsjett/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data54.svar !== undefined){
if(typeof data54.svar !== "boolean"){
const err120 = {instancePath:instancePath+"/driftskostnader/dekketIBudsjett/svar",schemaPath:"#/properties/driftskostnader/properties/dekketIBudsjett/properties/svar/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data54.forklaring !== undefined){
let data56 = data54.forklaring;
if(typeof data56 === "string"){
if(func2(data56) > 10000){
const err121 = {instancePath:instancePath+"/driftskostnader/dekketIBudsjett/forklaring",schemaPath:"#/properties/driftskostnader/properties/dekketIBudsjett/properties/forklaring/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
else {
const err122 = {instancePath:instancePath+"/driftskostnader/dekketIBudsjett/forklaring",schemaPath:"#/properties/driftskostnader/properties/dekketIBudsjett/properties/forklaring/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
}
else {
const err123 = {instancePath:instancePath+"/driftskostnader/dekketIBudsjett",schemaPath:"#/properties/driftskostnader/properties/dekketIBudsjett/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
}
else {
const err124 = {instancePath:instancePath+"/driftskostnader",schemaPath:"#/properties/driftskostnader/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data.produksjonssetting !== undefined){
let data57 = data.produksjonssetting;
if(data57 && typeof data57 == "object" && !Array.isArray(data57)){
for(const key12 in data57){
if(!(func8.call(schema11.properties.produksjonssetting.properties, key12))){
const err125 = {instancePath:instancePath+"/produksjonssetting",schemaPath:"#/properties/produksjonssetting/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data57.varsling !== undefined){
let data58 = data57.varsling;
if(data58 && typeof data58 == "object" && !Array.isArray(data58)){
for(const key13 in data58){
if(!((key13 === "svar") || (key13 === "forklaring"))){
const err126 = {instancePath:instancePath+"/produksjonssetting/varsling",schemaPath:"#/properties/produksjonssetting/properties/varsling/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data58.svar !== undefined){
if(typeof data58.svar !== "boolean"){
const err127 = {instancePath:instancePath+"/produksjonssetting/varsling/svar",schemaPath:"#/properties/produksjonssetting/properties/varsling/properties/svar/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
if(data58.forklaring !== undefined){
let data60 = data58.forklaring;
if(typeof data60 === "string"){
if(func2(data60) > 10000){
const err128 = {instancePath:instancePath+"/produksjonssetting/varsling/forklaring",schemaPath:"#/properties/produksjonssetting/properties/varsling/properties/forklaring/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
else {
const err129 = {instancePath:instancePath+"/produksjonssetting/varsling/forklaring",schemaPath:"#/properties/produksjonssetting/properties/varsling/properties/forklaring/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
}
else {
const err130 = {instancePath:instancePath+"/produksjonssetting/varsling",schemaPath:"#/properties/produksjonssetting/properties/varsling/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data57.overvaking !== undefined){
let data61 = data57.overvaking;
if(typeof data61 === "string"){
if(func2(data61) > 10000){
const err131 = {instancePath:instancePath+"/produksjonssetting/overvaking",schemaPath:"#/properties/produksjonssetting/properties/overvaking/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
else {
const err132 = {instancePath:instancePath+"/produksjonssetting/overvaking",schemaPath:"#/properties/produksjonssetting/properties/overvaking/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data57.fravik !== undefined){
let data62 = data57.fravik;
if(Array.isArray(data62)){
if(data62.length > 200){
const err133 = {instancePath:instancePath+"/produksjonssetting/fravik",schemaPath:"#/properties/produksjonssetting/properties/fravik/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
const len3 = data62.length;
for(let i4=0; i4<len3; i4++){
let data63 = data62[i4];
if(data63 && typeof data63 == "object" && !Array.isArray(data63)){
for(const key14 in data63){
if(!((((key14 === "beskrivelse") || (key14 === "begrunnelse")) || (key14 === "godkjentAv")) || (key14 === "frist"))){
const err134 = {instancePath:instancePath+"/produksjonssetting/fravik/" + i4,schemaPath:"#/properties/produksjonssetting/properties/fravik/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
if(data63.beskrivelse !== undefined){
let data64 = data63.beskrivelse;
if(typeof data64 === "string"){
if(func2(data64) > 10000){
const err135 = {instancePath:instancePath+"/produksjonssetting/fravik/" + i4+"/beskrivelse",schemaPath:"#/properties/produksjonssetting/properties/fravik/items/properties/beskrivelse/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
else {
const err136 = {instancePath:instancePath+"/produksjonssetting/fravik/" + i4+"/beskrivelse",schemaPath:"#/properties/produksjonssetting/properties/fravik/items/properties/beskrivelse/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
if(data63.begrunnelse !== undefined){
let data65 = data63.begrunnelse;
if(typeof data65 === "string"){
if(func2(data65) > 10000){
const err137 = {instancePath:instancePath+"/produksjonssetting/fravik/" + i4+"/begrunnelse",schemaPath:"#/properties/produksjonssetting/properties/fravik/items/properties/begrunnelse/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
else {
const err138 = {instancePath:instancePath+"/produksjonssetting/fravik/" + i4+"/begrunnelse",schemaPath:"#/properties/produksjonssetting/properties/fravik/items/properties/begrunnelse/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data63.godkjentAv !== undefined){
let data66 = data63.godkjentAv;
if(typeof data66 === "string"){
if(func2(data66) > 255){
const err139 = {instancePath:instancePath+"/produksjonssetting/fravik/" + i4+"/godkjentAv",schemaPath:"#/properties/produksjonssetting/properties/fravik/items/properties/godkjentAv/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
if(!pattern0.test(data66)){
const err140 = {instancePath:instancePath+"/produksjonssetting/fravik/" + i4+"/godkjentAv",schemaPath:"#/properties/produksjonssetting/properties/fravik/items/properties/godkjentAv/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9]*:(?:[a-z0-9]+(?:-[a-z0-9]+)*/)?[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9]*:(?:[a-z0-9]+(?:-[a-z0-9]+)*/)?[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
else {
const err141 = {instancePath:instancePath+"/produksjonssetting/fravik/" + i4+"/godkjentAv",schemaPath:"#/properties/produksjonssetting/properties/fravik/items/properties/godkjentAv/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
if(data63.frist !== undefined){
let data67 = data63.frist;
if(typeof data67 === "string"){
if(!pattern1.test(data67)){
const err142 = {instancePath:instancePath+"/produksjonssetting/fravik/" + i4+"/frist",schemaPath:"#/properties/produksjonssetting/properties/fravik/items/properties/frist/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"},message:"must match pattern \""+"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"+"\""};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
if(!(formats0.validate(data67))){
const err143 = {instancePath:instancePath+"/produksjonssetting/fravik/" + i4+"/frist",schemaPath:"#/properties/produksjonssetting/properties/fravik/items/properties/frist/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
else {
const err144 = {instancePath:instancePath+"/produksjonssetting/fravik/" + i4+"/frist",schemaPath:"#/properties/produksjonssetting/properties/fravik/items/properties/frist/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
}
else {
const err145 = {instancePath:instancePath+"/produksjonssetting/fravik/" + i4,schemaPath:"#/properties/produksjonssetting/properties/fravik/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
}
else {
const err146 = {instancePath:instancePath+"/produksjonssetting/fravik",schemaPath:"#/properties/produksjonssetting/properties/fravik/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data57.restanser !== undefined){
let data68 = data57.restanser;
if(Array.isArray(data68)){
if(data68.length > 200){
const err147 = {instancePath:instancePath+"/produksjonssetting/restanser",schemaPath:"#/properties/produksjonssetting/properties/restanser/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
const len4 = data68.length;
for(let i5=0; i5<len4; i5++){
let data69 = data68[i5];
if(data69 && typeof data69 == "object" && !Array.isArray(data69)){
for(const key15 in data69){
if(!(((key15 === "beskrivelse") || (key15 === "ansvarlig")) || (key15 === "frist"))){
const err148 = {instancePath:instancePath+"/produksjonssetting/restanser/" + i5,schemaPath:"#/properties/produksjonssetting/properties/restanser/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
if(data69.beskrivelse !== undefined){
let data70 = data69.beskrivelse;
if(typeof data70 === "string"){
if(func2(data70) > 10000){
const err149 = {instancePath:instancePath+"/produksjonssetting/restanser/" + i5+"/beskrivelse",schemaPath:"#/properties/produksjonssetting/properties/restanser/items/properties/beskrivelse/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
else {
const err150 = {instancePath:instancePath+"/produksjonssetting/restanser/" + i5+"/beskrivelse",schemaPath:"#/properties/produksjonssetting/properties/restanser/items/properties/beskrivelse/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
if(data69.ansvarlig !== undefined){
let data71 = data69.ansvarlig;
if(typeof data71 === "string"){
if(func2(data71) > 255){
const err151 = {instancePath:instancePath+"/produksjonssetting/restanser/" + i5+"/ansvarlig",schemaPath:"#/properties/produksjonssetting/properties/restanser/items/properties/ansvarlig/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
if(!pattern0.test(data71)){
const err152 = {instancePath:instancePath+"/produksjonssetting/restanser/" + i5+"/ansvarlig",schemaPath:"#/properties/produksjonssetting/properties/restanser/items/properties/ansvarlig/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9]*:(?:[a-z0-9]+(?:-[a-z0-9]+)*/)?[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9]*:(?:[a-z0-9]+(?:-[a-z0-9]+)*/)?[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
else {
const err153 = {instancePath:instancePath+"/produksjonssetting/restanser/" + i5+"/ansvarlig",schemaPath:"#/properties/produksjonssetting/properties/restanser/items/properties/ansvarlig/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
if(data69.frist !== undefined){
let data72 = data69.frist;
if(typeof data72 === "string"){
if(!pattern1.test(data72)){
const err154 = {instancePath:instancePath+"/produksjonssetting/restanser/" + i5+"/frist",schemaPath:"#/properties/produksjonssetting/properties/restanser/items/properties/frist/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"},message:"must match pattern \""+"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"+"\""};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
if(!(formats0.validate(data72))){
const err155 = {instancePath:instancePath+"/produksjonssetting/restanser/" + i5+"/frist",schemaPath:"#/properties/produksjonssetting/properties/restanser/items/properties/frist/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
else {
const err156 = {instancePath:instancePath+"/produksjonssetting/restanser/" + i5+"/frist",schemaPath:"#/properties/produksjonssetting/properties/restanser/items/properties/frist/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
}
else {
const err157 = {instancePath:instancePath+"/produksjonssetting/restanser/" + i5,schemaPath:"#/properties/produksjonssetting/properties/restanser/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
}
else {
const err158 = {instancePath:instancePath+"/produksjonssetting/restanser",schemaPath:"#/properties/produksjonssetting/properties/restanser/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
if(data57.kjenteFeil !== undefined){
let data73 = data57.kjenteFeil;
if(Array.isArray(data73)){
if(data73.length > 200){
const err159 = {instancePath:instancePath+"/produksjonssetting/kjenteFeil",schemaPath:"#/properties/produksjonssetting/properties/kjenteFeil/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
const len5 = data73.length;
for(let i6=0; i6<len5; i6++){
let data74 = data73[i6];
if(data74 && typeof data74 == "object" && !Array.isArray(data74)){
for(const key16 in data74){
if(!(((key16 === "beskrivelse") || (key16 === "omgaelse")) || (key16 === "saksreferanse"))){
const err160 = {instancePath:instancePath+"/produksjonssetting/kjenteFeil/" + i6,schemaPath:"#/properties/produksjonssetting/properties/kjenteFeil/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
if(data74.beskrivelse !== undefined){
let data75 = data74.beskrivelse;
if(typeof data75 === "string"){
if(func2(data75) > 10000){
const err161 = {instancePath:instancePath+"/produksjonssetting/kjenteFeil/" + i6+"/beskrivelse",schemaPath:"#/properties/produksjonssetting/properties/kjenteFeil/items/properties/beskrivelse/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
else {
const err162 = {instancePath:instancePath+"/produksjonssetting/kjenteFeil/" + i6+"/beskrivelse",schemaPath:"#/properties/produksjonssetting/properties/kjenteFeil/items/properties/beskrivelse/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data74.omgaelse !== undefined){
let data76 = data74.omgaelse;
if(typeof data76 === "string"){
if(func2(data76) > 10000){
const err163 = {instancePath:instancePath+"/produksjonssetting/kjenteFeil/" + i6+"/omgaelse",schemaPath:"#/properties/produksjonssetting/properties/kjenteFeil/items/properties/omgaelse/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
else {
const err164 = {instancePath:instancePath+"/produksjonssetting/kjenteFeil/" + i6+"/omgaelse",schemaPath:"#/properties/produksjonssetting/properties/kjenteFeil/items/properties/omgaelse/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
if(data74.saksreferanse !== undefined){
let data77 = data74.saksreferanse;
if(typeof data77 === "string"){
if(func2(data77) > 300){
const err165 = {instancePath:instancePath+"/produksjonssetting/kjenteFeil/" + i6+"/saksreferanse",schemaPath:"#/properties/produksjonssetting/properties/kjenteFeil/items/properties/saksreferanse/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
else {
const err166 = {instancePath:instancePath+"/produksjonssetting/kjenteFeil/" + i6+"/saksreferanse",schemaPath:"#/properties/produksjonssetting/properties/kjenteFeil/items/properties/saksreferanse/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
}
else {
const err167 = {instancePath:instancePath+"/produksjonssetting/kjenteFeil/" + i6,schemaPath:"#/properties/produksjonssetting/properties/kjenteFeil/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
}
else {
const err168 = {instancePath:instancePath+"/produksjonssetting/kjenteFeil",schemaPath:"#/properties/produksjonssetting/properties/kjenteFeil/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
if(data57.produksjonssettingsplan !== undefined){
let data78 = data57.produksjonssettingsplan;
if(typeof data78 === "string"){
if(func2(data78) > 10000){
const err169 = {instancePath:instancePath+"/produksjonssetting/produksjonssettingsplan",schemaPath:"#/properties/produksjonssetting/properties/produksjonssettingsplan/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
else {
const err170 = {instancePath:instancePath+"/produksjonssetting/produksjonssettingsplan",schemaPath:"#/properties/produksjonssetting/properties/produksjonssettingsplan/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
if(data57.tilbakerullingsplan !== undefined){
let data79 = data57.tilbakerullingsplan;
if(typeof data79 === "string"){
if(func2(data79) > 10000){
const err171 = {instancePath:instancePath+"/produksjonssetting/tilbakerullingsplan",schemaPath:"#/properties/produksjonssetting/properties/tilbakerullingsplan/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
else {
const err172 = {instancePath:instancePath+"/produksjonssetting/tilbakerullingsplan",schemaPath:"#/properties/produksjonssetting/properties/tilbakerullingsplan/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
if(data57.hemithjelpOrientert !== undefined){
let data80 = data57.hemithjelpOrientert;
if(data80 && typeof data80 == "object" && !Array.isArray(data80)){
for(const key17 in data80){
if(!((key17 === "svar") || (key17 === "forklaring"))){
const err173 = {instancePath:instancePath+"/produksjonssetting/hemithjelpOrientert",schemaPath:"#/properties/produksjonssetting/properties/hemithjelpOrientert/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
if(data80.svar !== undefined){
if(typeof data80.svar !== "boolean"){
const err174 = {instancePath:instancePath+"/produksjonssetting/hemithjelpOrientert/svar",schemaPath:"#/properties/produksjonssetting/properties/hemithjelpOrientert/properties/svar/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
if(data80.forklaring !== undefined){
let data82 = data80.forklaring;
if(typeof data82 === "string"){
if(func2(data82) > 10000){
const err175 = {instancePath:instancePath+"/produksjonssetting/hemithjelpOrientert/forklaring",schemaPath:"#/properties/produksjonssetting/properties/hemithjelpOrientert/properties/forklaring/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
else {
const err176 = {instancePath:instancePath+"/produksjonssetting/hemithjelpOrientert/forklaring",schemaPath:"#/properties/produksjonssetting/properties/hemithjelpOrientert/properties/forklaring/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
}
else {
const err177 = {instancePath:instancePath+"/produksjonssetting/hemithjelpOrientert",schemaPath:"#/properties/produksjonssetting/properties/hemithjelpOrientert/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
if(data57.kunnskapsartikler !== undefined){
let data83 = data57.kunnskapsartikler;
if(typeof data83 === "string"){
if(func2(data83) > 10000){
const err178 = {instancePath:instancePath+"/produksjonssetting/kunnskapsartikler",schemaPath:"#/properties/produksjonssetting/properties/kunnskapsartikler/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
else {
const err179 = {instancePath:instancePath+"/produksjonssetting/kunnskapsartikler",schemaPath:"#/properties/produksjonssetting/properties/kunnskapsartikler/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
if(data57.servicedeskOpplaert !== undefined){
let data84 = data57.servicedeskOpplaert;
if(data84 && typeof data84 == "object" && !Array.isArray(data84)){
for(const key18 in data84){
if(!((key18 === "svar") || (key18 === "forklaring"))){
const err180 = {instancePath:instancePath+"/produksjonssetting/servicedeskOpplaert",schemaPath:"#/properties/produksjonssetting/properties/servicedeskOpplaert/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
if(data84.svar !== undefined){
if(typeof data84.svar !== "boolean"){
const err181 = {instancePath:instancePath+"/produksjonssetting/servicedeskOpplaert/svar",schemaPath:"#/properties/produksjonssetting/properties/servicedeskOpplaert/properties/svar/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
if(data84.forklaring !== undefined){
let data86 = data84.forklaring;
if(typeof data86 === "string"){
if(func2(data86) > 10000){
const err182 = {instancePath:instancePath+"/produksjonssetting/servicedeskOpplaert/forklaring",schemaPath:"#/properties/produksjonssetting/properties/servicedeskOpplaert/properties/forklaring/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
else {
const err183 = {instancePath:instancePath+"/produksjonssetting/servicedeskOpplaert/forklaring",schemaPath:"#/properties/produksjonssetting/properties/servicedeskOpplaert/properties/forklaring/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
}
else {
const err184 = {instancePath:instancePath+"/produksjonssetting/servicedeskOpplaert",schemaPath:"#/properties/produksjonssetting/properties/servicedeskOpplaert/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
if(data57.kunnskapsartiklerPublisert !== undefined){
let data87 = data57.kunnskapsartiklerPublisert;
if(data87 && typeof data87 == "object" && !Array.isArray(data87)){
for(const key19 in data87){
if(!((key19 === "svar") || (key19 === "forklaring"))){
const err185 = {instancePath:instancePath+"/produksjonssetting/kunnskapsartiklerPublisert",schemaPath:"#/properties/produksjonssetting/properties/kunnskapsartiklerPublisert/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
if(data87.svar !== undefined){
if(typeof data87.svar !== "boolean"){
const err186 = {instancePath:instancePath+"/produksjonssetting/kunnskapsartiklerPublisert/svar",schemaPath:"#/properties/produksjonssetting/properties/kunnskapsartiklerPublisert/properties/svar/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
if(data87.forklaring !== undefined){
let data89 = data87.forklaring;
if(typeof data89 === "string"){
if(func2(data89) > 10000){
const err187 = {instancePath:instancePath+"/produksjonssetting/kunnskapsartiklerPublisert/forklaring",schemaPath:"#/properties/produksjonssetting/properties/kunnskapsartiklerPublisert/properties/forklaring/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
else {
const err188 = {instancePath:instancePath+"/produksjonssetting/kunnskapsartiklerPublisert/forklaring",schemaPath:"#/properties/produksjonssetting/properties/kunnskapsartiklerPublisert/properties/forklaring/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
}
else {
const err189 = {instancePath:instancePath+"/produksjonssetting/kunnskapsartiklerPublisert",schemaPath:"#/properties/produksjonssetting/properties/kunnskapsartiklerPublisert/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
if(data57.ingenKritiskeFeil !== undefined){
let data90 = data57.ingenKritiskeFeil;
if(data90 && typeof data90 == "object" && !Array.isArray(data90)){
for(const key20 in data90){
if(!((key20 === "svar") || (key20 === "forklaring"))){
const err190 = {instancePath:instancePath+"/produksjonssetting/ingenKritiskeFeil",schemaPath:"#/properties/produksjonssetting/properties/ingenKritiskeFeil/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
if(data90.svar !== undefined){
if(typeof data90.svar !== "boolean"){
const err191 = {instancePath:instancePath+"/produksjonssetting/ingenKritiskeFeil/svar",schemaPath:"#/properties/produksjonssetting/properties/ingenKritiskeFeil/properties/svar/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
if(data90.forklaring !== undefined){
let data92 = data90.forklaring;
if(typeof data92 === "string"){
if(func2(data92) > 10000){
const err192 = {instancePath:instancePath+"/produksjonssetting/ingenKritiskeFeil/forklaring",schemaPath:"#/properties/produksjonssetting/properties/ingenKritiskeFeil/properties/forklaring/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
else {
const err193 = {instancePath:instancePath+"/produksjonssetting/ingenKritiskeFeil/forklaring",schemaPath:"#/properties/produksjonssetting/properties/ingenKritiskeFeil/properties/forklaring/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
}
else {
const err194 = {instancePath:instancePath+"/produksjonssetting/ingenKritiskeFeil",schemaPath:"#/properties/produksjonssetting/properties/ingenKritiskeFeil/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
}
else {
const err195 = {instancePath:instancePath+"/produksjonssetting",schemaPath:"#/properties/produksjonssetting/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
}
else {
const err196 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

/** Validates a document against `documentSchema`; on failure `errors` says why. */
export interface PrecompiledValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export const validate: PrecompiledValidator = validate10;
export default validate;
