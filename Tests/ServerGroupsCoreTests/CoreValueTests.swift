import ServerGroupsCore
import Testing

@Suite struct CoreValueTests {
  @Test(arguments: [
    ("2.1", true), ("2.64", true), ("2.0", true), ("2.x", false), ("2.01", false), ("02.1", false),
    ("2", false), ("2.1.1", false), ("", false), ("latest", false),
  ])
  func microversionsParseWithNovasRule(_ text: String, _ valid: Bool) {
    #expect((Microversion(parsing: text) != nil) == valid)
  }

  @Test func microversionsCompareNumerically() {
    #expect(Microversion(2, 9) < Microversion(2, 10))
    #expect(Microversion(parsing: "2.64") == .v2_64)
  }

  @Test func jsonKeepsKeyOrderAndTellsIntsFromFloats() throws {
    let value = try #require(JSONValue.parse(#"{"b": 1, "a": [1.5, "x", null, true]}"#))
    #expect(PythonRepr.repr(value) == "{'b': 1, 'a': [1.5, 'x', None, True]}")
    #expect(value.serialized() == #"{"b": 1, "a": [1.5, "x", null, true]}"#)
  }

  @Test(arguments: ["", "{", "[1,]", "{\"a\" 1}", "01", "\"\\x\"", "nul", "1 2", "\"\u{01}\""])
  func malformedJSONIsRejected(_ text: String) {
    #expect(JSONValue.parse(text) == nil)
  }

  @Test func pythonReprQuotesLikePython() {
    #expect(PythonRepr.string("it's") == "\"it's\"")
    #expect(PythonRepr.string("a\tb") == "'a\\tb'")
    #expect(PythonRepr.float(3) == "3.0")
  }

  @Test func uuidShapesAreThoseNovaAccepts() {
    #expect(UUIDShape.isUUIDLike("5bbcc3c4-1da2-4437-a48a-66f15b1b13f9"))
    #expect(UUIDShape.isUUIDLike("5BBCC3C41DA24437A48A66F15B1B13F9"))
    #expect(!UUIDShape.isUUIDLike("DB Cluster"))
    #expect(!UUIDShape.isUUIDLike("5bbcc3c4-1da2-4437-a48a-66f15b1b13f"))
  }

  @Test func cloudErrorsRoundTripThroughStatusAndMessage() {
    let errors: [CloudError] = [
      .badRequest("a"), .unauthorized("b"), .forbidden("c"), .notFound("d"), .badMethod("e"), .notAcceptable("f"),
      .conflict("g"), .overLimit(status: 429, "h", retryAfter: 3), .other(status: 500, "i"),
    ]
    for error in errors {
      #expect(CloudError(status: error.status, message: error.message, retryAfter: 3) == error || error.status != 429)
    }
    #expect(CloudError.notFound("x").faultName == "itemNotFound")
    #expect(CloudError.notAcceptable("x").faultName == "computeFault")
  }

  @Test func callersFollowKeystonesRoleImplication() {
    let admin = Caller(projectID: "p", userID: "u", roles: [.admin])
    let reader = Caller(projectID: "p", userID: "u", roles: [.reader])
    #expect(admin.isMember && admin.isReader)
    #expect(!reader.isMember && reader.isReader)
  }
}
